# Connection failures and server lifecycle: refused connections, serve_forever cancelled,
# errors raised in a client handler go to the exception handler.
import asyncio
import socket


async def main():
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError:', e.errno is not None)

    loop = asyncio.get_running_loop()
    reported = []
    loop.set_exception_handler(lambda loop, ctx: reported.append((ctx['message'], repr(ctx.get('exception')))))

    async def bad_handler(reader, writer):
        await reader.readline()
        raise RuntimeError('handler failed')

    server = await asyncio.start_server(bad_handler, '127.0.0.1', 0, start_serving=False)
    print(server.is_serving())
    port = server.sockets[0].getsockname()[1]
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print(server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hi\n')
    print('server closed the connection:', await reader.read() == b'')
    print(reported)
    writer.close()
    await writer.wait_closed()
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving(), server.sockets)
    await server.wait_closed()

asyncio.run(main())
