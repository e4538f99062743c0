from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from operations import health


@never_cache
@require_safe
def healthz(request):
    """For load balancers and monitoring: 200 when this app server can do its work, 503 when not."""
    report = health.report()
    response = JsonResponse(report, status=200 if report["status"] == "ok" else 503)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
