"""Who the client is when proxies stand in front of the app servers.

Only a peer listed in TRUSTED_PROXIES may tell us the client's address (`X-Forwarded-For`) or scheme
(`X-Forwarded-Proto`). The middleware rewrites REMOTE_ADDR to the real client once, first thing, so
everything after it — the HTTPS redirect, comment flood control and IP retention, the login
lockout — reads the same answer from the same place.
"""

import functools
import ipaddress

from django.conf import settings

FORWARDING_HEADERS = ["HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_HOST"]


@functools.lru_cache(maxsize=4096)  # the same few peers ask again and again
def parse_address(value):
    try:
        return ipaddress.ip_address(value.strip().removeprefix("[").removesuffix("]"))
    except ValueError:
        return None


def is_trusted_proxy(address):
    return address is not None and any(address in network for network in settings.TRUSTED_PROXIES)


def forwarded_client(peer, forwarded_for):
    """The first address, from the right, that no trusted proxy vouches for."""
    client = peer
    for hop in reversed(forwarded_for.split(",")):
        if not is_trusted_proxy(client):
            break
        address = parse_address(hop)
        if address is None:
            break  # a trusted proxy passed on garbage: the proxy is the last address we can believe
        client = address
    return client


def settle_client(meta):
    """Rewrite REMOTE_ADDR to the real client, and drop what an untrusted peer claims to forward."""
    peer = parse_address(meta.get("REMOTE_ADDR", ""))
    if is_trusted_proxy(peer):
        if forwarded_for := meta.get("HTTP_X_FORWARDED_FOR"):
            meta["REMOTE_ADDR"] = str(forwarded_client(peer, forwarded_for))
    else:
        for header in FORWARDING_HEADERS:
            meta.pop(header, None)


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        settle_client(request.META)
        return self.get_response(request)


def client_ip(request):
    """The client's address as a normalised string, or None when there is none worth keeping."""
    address = parse_address(request.META.get("REMOTE_ADDR", ""))
    return str(address) if address is not None else None
