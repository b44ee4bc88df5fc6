# The protocol/transport API: create_server and create_connection with Protocol subclasses,
# the order of the callbacks, write flow control and closing from either side.
import asyncio

events = []


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        events.append(('server', 'made', transport.get_extra_info('peername')[0]))

    def data_received(self, data):
        events.append(('server', 'data', data))
        self.transport.write(data[::-1])

    def eof_received(self):
        events.append(('server', 'eof'))
        self.transport.write(b'<bye>')
        return False

    def connection_lost(self, exc):
        events.append(('server', 'lost', exc))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = b''

    def connection_made(self, transport):
        events.append(('client', 'made', isinstance(transport, asyncio.Transport)))
        transport.write(b'hello')

    def data_received(self, data):
        self.received += data
        if self.received == b'olleh':
            self.transport_ref.write_eof()

    def eof_received(self):
        events.append(('client', 'eof', self.received))

    def connection_lost(self, exc):
        events.append(('client', 'lost', exc))
        self.done.set_result(self.received)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    protocol.transport_ref = transport
    print(type(protocol).__name__, transport.is_closing(), transport.can_write_eof())
    print(await done)
    await asyncio.sleep(0.01)
    for event in events:
        print(event)
    print(transport.is_closing())

    class Slow(asyncio.Protocol):
        def connection_made(self, transport):
            transport.set_write_buffer_limits(high=10)
            print('limits', transport.get_write_buffer_limits())
            self.paused = []
            transport.pause_reading()
            print('reading:', transport.is_reading())
            transport.resume_reading()
            print('reading:', transport.is_reading())

        def pause_writing(self):
            self.paused.append('pause')

        def resume_writing(self):
            self.paused.append('resume')

    transport, slow = await loop.create_connection(Slow, '127.0.0.1', port)
    transport.write(b'x' * 5_000_000)
    print('buffered:', transport.get_write_buffer_size() > 0, slow.paused[:1])
    transport.abort()
    await asyncio.sleep(0.01)
    print(transport.is_closing())
    try:
        transport.write('text')
    except TypeError as e:
        print('TypeError:', e)
    server.close()
    await server.wait_closed()
    print(issubclass(asyncio.Protocol, asyncio.BaseProtocol))

asyncio.run(main())
