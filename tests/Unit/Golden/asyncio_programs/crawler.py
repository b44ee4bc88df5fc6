# A typical asyncio program: a simulated crawler with a concurrency limit, per-request timeouts,
# retries, a results queue and a summary, all deterministic.
import asyncio

PAGES = {
    '/': ['/a', '/b', '/c'],
    '/a': ['/a/1', '/a/2'],
    '/b': ['/slow'],
    '/c': ['/flaky', '/a'],
    '/a/1': [], '/a/2': ['/'], '/slow': [], '/flaky': [],
}
attempts = {}


async def fetch(url):
    attempts[url] = attempts.get(url, 0) + 1
    if url == '/slow':
        await asyncio.sleep(1)
    elif url == '/flaky' and attempts[url] < 3:
        await asyncio.sleep(0.001)
        raise ConnectionError(f'reset while fetching {url}')
    await asyncio.sleep(0.001 * len(url))
    return PAGES[url]


async def fetch_with_retry(url, retries=3):
    for attempt in range(1, retries + 1):
        try:
            async with asyncio.timeout(0.3):
                return await fetch(url)
        except ConnectionError:
            if attempt == retries:
                raise
    raise AssertionError


async def crawl(start, limit=2):
    seen = {start}
    results = {}
    queue = asyncio.Queue()
    queue.put_nowait(start)
    sem = asyncio.Semaphore(limit)
    running = 0
    peak = 0

    async def worker():
        nonlocal running, peak
        while True:
            url = await queue.get()
            try:
                async with sem:
                    running += 1
                    peak = max(peak, running)
                    try:
                        links = await fetch_with_retry(url)
                        results[url] = f'{len(links)} links'
                        for link in links:
                            if link not in seen:
                                seen.add(link)
                                queue.put_nowait(link)
                    except TimeoutError:
                        results[url] = 'timed out'
                    finally:
                        running -= 1
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker(), name=f'worker-{i}') for i in range(4)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print('workers:', [type(o).__name__ for o in outcome])
    return results, peak


async def main():
    results, peak = await crawl('/')
    for url in sorted(results):
        print(f'{url:8} {results[url]}')
    print('attempts for /flaky:', attempts['/flaky'], 'peak concurrency:', peak)

asyncio.run(main())
