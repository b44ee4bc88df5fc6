# A TCP echo server and clients on localhost with asyncio streams: readline, readexactly,
# read until EOF, write/drain, half-close with write_eof, several clients at once.
import asyncio

log = []


async def handle(reader, writer):
    peer_ok = writer.get_extra_info('peername')[0] == '127.0.0.1'
    name = (await reader.readline()).decode().strip()
    log.append(f'hello from {name} (peer ok: {peer_ok})')
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(f'bye {name}\n'.encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{name}\n'.encode())
    replies = []
    for line in lines:
        writer.write(line.encode() + b'\n')
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip())
    writer.write_eof()
    replies.append((await reader.read()).decode().rstrip())
    print('at_eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), len(server.sockets))
    async with server:
        print(await client(port, 'solo', ['abc', 'hello world']))
        results = await asyncio.gather(*(client(port, f'c{i}', [f'msg {i}'] * (i + 1)) for i in range(3)))
        for r in results:
            print(r)
    print(server.is_serving(), sorted(log))

    big = bytes(range(256)) * 1024

    async def sink(reader, writer):
        data = await reader.readexactly(len(big))
        writer.write(str(len(data)).encode() + b' ' + str(data == big).encode())
        await writer.drain()
        writer.close()
    async with await asyncio.start_server(sink, '127.0.0.1', 0) as srv:
        port = srv.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(big)
        await writer.drain()
        print((await reader.read()).decode())
        writer.close()
        await writer.wait_closed()

asyncio.run(main())
