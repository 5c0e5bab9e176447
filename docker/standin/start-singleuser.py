#!/usr/bin/env python3
"""Stand-in for the Docker Stacks start-singleuser.py: runs
`jupyterhub-singleuser` with the words of $NOTEBOOK_ARGS and its own
arguments (JupyterHub passes the rest in JUPYTERHUB_* variables), and prints
the command first.
"""
import os
import shlex
import sys

command = ["jupyterhub-singleuser"]
command += shlex.split(os.environ.get("NOTEBOOK_ARGS", ""))
command += sys.argv[1:]
print("Executing: " + " ".join(command), flush=True)
os.execvp(command[0], command)
