# get_event_loop / set_event_loop / new_event_loop and the running loop.
import asyncio
import threading

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(type(asyncio.get_event_loop_policy()).__name__)
print(type(loop).__name__, loop)


async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print(loop.run_until_complete(inside()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)

result = []

def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        result.append(str(e))
    own = asyncio.new_event_loop()
    asyncio.set_event_loop(own)
    result.append(own.run_until_complete(inside()))
    own.close()

t = threading.Thread(target=in_thread, name='Worker-1')
t.start()
t.join()
print(result)


async def run_inside_running():
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(other.create_future())
    except RuntimeError as e:
        print('RuntimeError:', e)
    finally:
        other.close()
    try:
        asyncio.get_running_loop().run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print('RuntimeError:', e)

loop.run_until_complete(run_inside_running())
loop.close()
print(loop)
