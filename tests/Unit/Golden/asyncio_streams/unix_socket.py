# Streams over a UNIX socket: start_unix_server / open_unix_connection, line-based requests.
import asyncio
import os


async def handle(reader, writer):
    async for line in reader:
        a, b = map(int, line.split())
        writer.write(f'{a + b}\n'.encode())
        await writer.drain()
    writer.close()


async def main(path):
    server = await asyncio.start_unix_server(handle, path)
    print(server.sockets[0].getsockname() == path)
    async with server:
        reader, writer = await asyncio.open_unix_connection(path)
        answers = []
        for a, b in [(1, 2), (40, 2), (-5, 5)]:
            writer.write(f'{a} {b}\n'.encode())
            answers.append(int(await reader.readline()))
        writer.write_eof()
        print(answers, await reader.read())
        writer.close()
        await writer.wait_closed()
    try:
        await asyncio.open_unix_connection(path + '.missing')
    except FileNotFoundError:
        print('FileNotFoundError for a missing socket')

path = f'/tmp/gilrun-asyncio-{os.getpid()}.sock'
try:
    asyncio.run(main(path))
finally:
    if os.path.exists(path):
        os.unlink(path)
print('socket file removed:', not os.path.exists(path))
