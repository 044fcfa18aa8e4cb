"""COUNT asyncio sleeps of 1 s at once (default 100,000).

    python3 sleeps.py [COUNT]     prints {"elapsed_s", "max_rss_mb"} measured inside this script
"""

import asyncio
import json
import resource
import sys
import time


async def main(count):
    start = time.perf_counter()
    await asyncio.gather(*(asyncio.sleep(1) for _ in range(count)))
    return time.perf_counter() - start


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    elapsed = asyncio.run(main(count))
    # ru_maxrss is in kilobytes on Linux.
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"elapsed_s": elapsed, "max_rss_mb": max_rss_mb}))
