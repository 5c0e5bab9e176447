# Stand-in for the Docker Stacks /etc/jupyter/jupyter_server_config.py:
# listen on every interface, open no browser. Token authentication stays on.
c = get_config()  # noqa: F821
c.ServerApp.ip = ""
c.ServerApp.open_browser = False
