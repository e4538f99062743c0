vcl 4.1;
# Newsroom's edge cache: Varnish 7 with the xkey module (Debian: varnish, varnish-modules).
#
# Pages for anonymous readers are kept as long as the app's `Cache-Control: s-maxage` says, and
# purged by the keys in their `xkey` header when what they show changes (pagecache/edges.py sends
# `PURGE` with `xkey-purge: <keys>`). Signed-in users, commenters with a held-comment preview and
# one-time messages always go to the app. The app servers come from backends.vcl beside this file,
# which makes the director `app` (see backends.vcl.example; `make stack` writes its own).

import std;
import xkey;
import directors;

include "backends.vcl";

# Who may purge: the app servers. Keep this to their addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header missing"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    # The app sees the reader's address (TRUSTED_PROXIES lists this Varnish).
    if (req.restarts == 0) {
        if (req.http.X-Forwarded-For) {
            set req.http.X-Forwarded-For = req.http.X-Forwarded-For + ", " + client.ip;
        } else {
            set req.http.X-Forwarded-For = client.ip;
        }
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The cookies that make a page personal; every other cookie means nothing to public pages.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|comment_preview|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the app tagged (pages) and static files are kept; 404s, redirects and anything
    # personal go to the app every time, so a purge never misses a copy.
    if (!beresp.http.xkey && bereq.url !~ "^/static/") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # While a page is refetched after its time is up (never after a purge), readers may get the
    # previous copy for a few seconds instead of waiting.
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "hit";
        # The app's id names the request that built the page, not this one.
        unset resp.http.X-Request-ID;
    } else {
        set resp.http.X-Edge-Cache = "miss";
    }
    unset resp.http.xkey;
    # Readers' browsers revalidate; only this shared cache keeps pages.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0";
    }
}
