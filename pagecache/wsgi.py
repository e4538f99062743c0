"""Page-cache hits answered in front of Django, for the WSGI server (newsroom/wsgi.py).

Under a spike nearly every request is a hit, and a hit needs none of Django's request handling: no
view, no session, no middleware but the page cache's own. This answers it by the same rules and
from the same stored answer as PageCacheMiddleware (`cacheable_request`, `answer_from_cache`), with
the same request id and log line as every other request, and hands everything else to Django.
"""

from http import HTTPStatus

from django.core.handlers.wsgi import WSGIRequest

from newsroom.proxies import settle_client
from operations import logs
from pagecache.middleware import LOOKED_UP, answer_from_cache, cacheable_request


class ServeCachedPages:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return self.application(environ, start_response)
        # A copy: Django must see the request as it came, if the page is not in the cache.
        request = WSGIRequest(dict(environ))
        with logs.identified(request) as started:
            settle_client(request.META)
            if not cacheable_request(request):
                return self.application(environ, start_response)
            if (answered := answer_from_cache(request)) is not None:
                status, headers, body = answered
                start_response(
                    f"{status} {HTTPStatus(status).phrase}",
                    [*headers, ("X-Request-ID", logs.request_id.get())],
                )
                logs.log_request(request, status, started)
                return [body]
        environ[LOOKED_UP] = True  # and found nothing current: the page cache need not look again
        return self.application(environ, start_response)
