# SPDX-License-Identifier: MIT
# Progress callbacks that cancel, callbacks that raise, and the GIL released while C++ works.
import threading
import time

import pytest

import ascn

nx = pytest.importorskip("networkx")
np = pytest.importorskip("numpy")


@pytest.fixture(scope="module")
def big():
    return ascn.from_networkx(nx.gnm_random_graph(3000, 12000, seed=1))


def test_progress_is_called_and_can_cancel(big):
    seen = []
    big.betweenness(k=300, progress=lambda f: seen.append(f) is None)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(ascn.CancelledError) as e:
        big.betweenness(k=300, progress=lambda f: f < 0.3)
    assert e.value.code == "cancelled"
    assert len(big.betweenness(k=30, progress=lambda f: 1)) == 3000  # truthy: go on
    with pytest.raises(ascn.CancelledError):
        big.betweenness(k=30, progress=lambda f: 0)


def test_a_callback_that_raises(big):
    class Stop(Exception):
        pass

    def callback(fraction):
        if fraction > 0.2:
            raise Stop("enough")

    with pytest.raises(Stop, match="enough"):
        big.betweenness(k=300, progress=callback)
    # and the module still works afterwards
    assert len(big.betweenness(k=10)) == 3000


def test_kmeans_progress_raises():
    points = np.random.default_rng(0).normal(size=(500, 4))

    def callback(fraction):
        raise KeyError("from the callback")

    with pytest.raises(KeyError, match="from the callback"):
        ascn.kmeans(points, k=5, progress=callback)
    with pytest.raises(ascn.CancelledError):
        ascn.kmeans(points, k=5, progress=lambda f: False)


def test_the_gil_is_released(big):
    done = threading.Event()
    ticks = 0

    def work():
        big.betweenness(threads=1)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    start = time.perf_counter()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    elapsed = time.perf_counter() - start
    # Python ran beside the computation (about a tick a millisecond when the machine is idle;
    # holding the GIL would leave it one or two ticks in all)
    assert elapsed > 0.05 and ticks >= 10 and ticks > elapsed * 20
