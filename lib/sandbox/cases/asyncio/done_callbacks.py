# asyncio: Future done-callbacks run via call_soon in registration order, after set_result returns
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2"))
    print("before set_result, done =", fut.done())
    fut.set_result(42)
    print("after set_result (callbacks not run yet), done =", fut.done())
    await asyncio.sleep(0)
    print("after one loop iteration")
    fut.add_done_callback(lambda f: print("late callback still scheduled with call_soon"))
    print("registered late callback")
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.1, result="task value"))
    t.add_done_callback(lambda task: print("task callback:", task.result()))
    print("awaited:", await t)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
