# Watching file descriptors: add_reader / add_writer callbacks, remove_* results, sock_* coroutines
# on a socketpair, and a descriptor closed while still watched.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []
    loop.add_reader(a.fileno(), lambda: got.append(a.recv(10)))
    b.send(b'ping')
    await asyncio.sleep(0.01)
    print(got, loop.remove_reader(a.fileno()), loop.remove_reader(a.fileno()))

    writable = loop.create_future()
    loop.add_writer(b, lambda: writable.done() or writable.set_result('writable'))
    print(await writable, loop.remove_writer(b))

    reader = asyncio.create_task(loop.sock_recv(a, 100))
    await asyncio.sleep(0.01)
    print('waiting for data:', not reader.done())
    await loop.sock_sendall(b, b'hello through sock_sendall')
    print(await reader)

    big = b'z' * 2_000_000
    sender = asyncio.create_task(loop.sock_sendall(b, big))
    received = 0
    while received < len(big):
        received += len(await loop.sock_recv(a, 65536))
    await sender
    print('received', received)

    c, d = socket.socketpair()
    loop.add_reader(c, lambda: None)
    c.close()
    await asyncio.sleep(0.01)
    print('loop survives a closed watched descriptor')
    for s in (a, b, d):
        s.close()
    try:
        loop.add_reader(-1, print)
    except ValueError as e:
        print('ValueError:', e)
    try:
        loop.add_reader(object(), print)
    except ValueError as e:
        print('ValueError:', str(e).split(' object at')[0])

asyncio.run(main())
