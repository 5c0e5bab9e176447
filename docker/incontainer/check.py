"""check.py: run by docker/image_test.go inside the lessons image, as the
container's command (after start.sh and its start-up hooks), with no network.

usage: python3 check.py DIR LESSON.ipynb...

It reports what the container looks like to a learner: its uid, its network
interfaces, the files in DIR (~/lessons, where the start-up hook copies the
lessons), Go's settings, and $GOCACHE/trim.txt as the start-up hook left it.
Then it executes the given lessons (files in DIR) with the image's own
/opt/gdlessons/lessons.py, which records each one's time, peak memory and
uids, in a fresh container with the image's build cache; and the first of
them once more, up to its first program cell, in a kernel whose Go build
cache is empty: the reference for the first-cell time. Last, in a new
kernel, the first completion of `gdlib.` as the notebooks' benchmark
measures it (notebooks/testdata/completion.py, mounted at /mnt/testdata),
asked once gonb has connected to gopls, with the image's gopls cache. It
prints one line, RESULT followed by a JSON object.
"""
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, "/opt/gdlessons")
sys.path.insert(0, "/mnt/testdata")
import lessons  # noqa: E402 - the image's own, found through the path above
import completion  # noqa: E402 - the notebooks' benchmark's, mounted


def main():
    folder, names = sys.argv[1], sys.argv[2:]
    with open("/proc/net/dev") as f:
        interfaces = [line.split(":")[0].strip() for line in f.readlines()[2:]]
    with open(os.path.join(os.environ["GOCACHE"], "trim.txt")) as f:
        trimmed = int(f.read().strip())
    result = {"uid": os.getuid(), "started": int(time.time()), "trim": trimmed,
              "interfaces": interfaces, "files": sorted(os.listdir(folder)),
              "env": {k: os.environ.get(k, "") for k in
                      ("GOPROXY", "GOSUMDB", "GOTOOLCHAIN", "GOMODCACHE", "GOCACHE", "GOPLSCACHE",
                       "HOME")},
              "lessons": [lessons.execute(os.path.join(folder, name)) for name in names]}
    if names:
        image_cache = os.environ["GOCACHE"]
        with tempfile.TemporaryDirectory() as empty:
            os.environ["GOCACHE"] = empty
            result["cold"] = lessons.execute(os.path.join(folder, names[0]), first_program_cell=True)
        os.environ["GOCACHE"] = image_cache
        kernel = result["lessons"][0].get("kernel", "")
        try:
            result["completion"] = completion.measure(kernel, completion.AFTER_CONNECT)
        except Exception as e:  # reported, and failed, by the test
            result["completion"] = {"error": f"{type(e).__name__}: {e}"}
    print("RESULT " + json.dumps(result), flush=True)


main()
