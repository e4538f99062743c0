import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Edge(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), EdgeHandler)
        self.purged = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}/"


class EdgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append(set(self.headers["xkey-purge"].split()))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def edges(settings):
    servers = [Edge(), Edge()]
    threads = [threading.Thread(target=server.serve_forever, daemon=True) for server in servers]
    for thread in threads:
        thread.start()
    settings.EDGE_PURGE_URLS = [server.url for server in servers]
    yield servers
    for server in servers:
        server.shutdown()
        server.server_close()
