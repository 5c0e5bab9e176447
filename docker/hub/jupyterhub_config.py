# JupyterHub configuration of the classroom test (docker/classroom_test.go):
# a hub and its proxy on 127.0.0.1, learners logging in with a shared
# password (SharedPasswordAuthenticator), each learner's server a container
# of the lessons image started by DockerSpawner through a Docker-compatible
# API (podman's, at $DOCKER_HOST), on the host's network with a named volume
# per learner over the home folder, and jupyterhub-idle-culler as a service.
# The test sets the environment variables read below.
import os
import sys

from dockerspawner import DockerSpawner
from jupyterhub.utils import random_port


class HostNetworkDockerSpawner(DockerSpawner):
    """HostNetworkDockerSpawner runs each server on the host's network.

    A container there has no port of its own to map: every server listens
    in the host's network namespace, so each needs its own port. start picks
    a free port on the host (JupyterHub's random_port, as its local-process
    spawner does) before DockerSpawner creates the container, whose
    JUPYTERHUB_SERVICE_URL then tells the single-user server to listen on
    ip:port; get_ip_and_port returns that address instead of asking Docker
    for a port mapping (the override DockerSpawner's documentation gives for
    network_mode=host). The container is removed at stop (remove=True), so
    a restart gets a new port and a fresh environment.
    """

    async def start(self):
        self.port = random_port()
        return await super().start()

    async def get_ip_and_port(self):
        return self.ip, self.port


c = get_config()  # noqa: F821
state = os.environ["CLASSROOM_STATE"]

c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = int(os.environ["CLASSROOM_PORT"])
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ["CLASSROOM_HUB_PORT"])
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:" + os.environ["CLASSROOM_PROXY_API_PORT"]
c.ConfigurableHTTPProxy.command = [os.environ["CLASSROOM_PROXY"]]
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")
# The hub's view of each server's activity: ask the proxy every 10 s (the
# default is 300 s), and let the servers report every 10 s too, so the
# culler sees idleness within seconds.
c.JupyterHub.last_activity_interval = 10

# DummyAuthenticator with a password: since JupyterHub 5.3 that is
# SharedPasswordAuthenticator (DummyAuthenticator.password is deprecated), one
# password for every learner, any user name allowed.
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = os.environ["CLASSROOM_PASSWORD"]
c.Authenticator.allow_all = True

c.JupyterHub.spawner_class = HostNetworkDockerSpawner
c.DockerSpawner.image = os.environ["CLASSROOM_IMAGE"]
c.DockerSpawner.pull_policy = "never"
c.DockerSpawner.network_name = "host"
c.DockerSpawner.use_internal_ip = True  # no port bindings: see HostNetworkDockerSpawner
c.DockerSpawner.ip = "127.0.0.1"
c.DockerSpawner.remove = True
c.DockerSpawner.name_template = os.environ["CLASSROOM_PREFIX"] + "server-{username}"
c.DockerSpawner.volumes = {os.environ["CLASSROOM_PREFIX"] + "home-{username}": "/home/jovyan"}
c.DockerSpawner.environment = {"JUPYTERHUB_ACTIVITY_INTERVAL": "10"}
# A server starts in seconds, but four at once on two busy cores take longer.
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 180

c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [
            sys.executable, "-m", "jupyterhub_idle_culler",
            "--timeout=" + os.environ["CLASSROOM_CULL_TIMEOUT"],
            "--cull-every=" + os.environ["CLASSROOM_CULL_EVERY"],
        ],
    }
]
c.JupyterHub.load_roles = [
    {
        # The scopes jupyterhub-idle-culler's documentation lists.
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]
