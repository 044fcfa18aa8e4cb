"""asyncio.gather as the docs show it: COUNT coroutines that each sleep 1 s, at once.

    python3 gather.py [COUNT]     prints {"elapsed_s": ...} timed inside this script
"""

import asyncio
import json
import sys
import time


async def wait_one_second():
    await asyncio.sleep(1)


async def main(count):
    start = time.perf_counter()
    await asyncio.gather(*(wait_one_second() for _ in range(count)))
    return time.perf_counter() - start


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print(json.dumps({"elapsed_s": asyncio.run(main(count))}))
