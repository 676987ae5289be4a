"""What the benchmark clients share: the API called with the dev partner's key, and a webhook receiver on loopback."""
import http.client
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def api(port, keyfile):
    """call(method, path, body=None) -> the answer's JSON (None when empty), authenticated with the key in keyfile.
    Each thread keeps its connection open between calls, as a partner's HTTP client pools its connections (a new
    connection per call measured about 1 ms more per request here); an error status raises ApiError."""
    key = open(keyfile).read().strip()
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
    local = threading.local()

    def call(method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        for retry in (False, True):
            if getattr(local, "connection", None) is None:
                local.connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
            try:
                local.connection.request(method, path, body=data, headers=headers)
                r = local.connection.getresponse()
                raw = r.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # the server closed the kept connection while it was idle: the request never reached it
                local.connection.close()
                local.connection = None
                if retry:
                    raise
        if r.status >= 400:
            raise ApiError(method, path, r.status, raw)
        return json.loads(raw) if raw else None
    return call


class ApiError(Exception):
    def __init__(self, method, path, status, body):
        super().__init__(f"{method} {path}: HTTP {status} {body[:300]!r}")
        self.status = status


def receive_webhooks(hook_port, on_event, answer_after_s=0.0):
    """Starts a threaded receiver on loopback: on_event(headers, event, received_at) for every delivery, each answered
    204 after answer_after_s"""
    class Receiver(BaseHTTPRequestHandler):
        # keeps connections open, as a partner's web server does: with HTTP/1.0 every delivery paid for a new
        # connection and, in this receiver, a new thread
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            at = time.time()
            if answer_after_s:
                time.sleep(answer_after_s)
            on_event(self.headers, json.loads(body), at)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    ThreadingHTTPServer.daemon_threads = True
    # a listen backlog like a web server's (Python's default of 5 refused connections when a dozen attempts came at once)
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", hook_port), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class SessionEnds:
    """The session.completed / session.failed webhooks received, by session id: (time received, event type)"""

    def __init__(self):
        self.ended = {}
        self.arrived = threading.Condition()

    def __call__(self, headers, event, at):
        with self.arrived:
            if event["type"] in ("session.completed", "session.failed"):
                self.ended.setdefault(event["data"]["sessionId"], (at, event["type"]))
                self.arrived.notify_all()

    def wait_for(self, ids, timeout_s=600):
        deadline = time.time() + timeout_s
        with self.arrived:
            while not all(i in self.ended for i in ids):
                if time.time() > deadline:
                    raise TimeoutError(f"{sum(1 for i in ids if i not in self.ended)} sessions without a webhook after {timeout_s} s")
                self.arrived.wait(1)
        return [self.ended[i] for i in ids]


def session_ends(call, hook_port):
    """A receiver on loopback registered as the partner's webhook endpoint; returns the SessionEnds it fills"""
    ends = SessionEnds()
    receive_webhooks(hook_port, ends)
    call("POST", "/webhooks/endpoints", {"url": f"http://127.0.0.1:{hook_port}/hooks"})
    return ends


def text_sessions(call, email, text, plan=None):
    """create(*ignored) -> the id of a new SOAP session of text (with the treatment plan, if any), for a provider made
    here with that e-mail address"""
    provider = call("POST", "/users/providers", {"firstName": "Ada", "lastName": "Byron", "email": email})["userId"]
    body = {"providerUserId": provider, "clientPronouns": "FeminineHer", "sessionType": "Soap", "input": {"text": {"text": text}}}
    if plan is not None:
        body["externalTreatmentPlan"] = plan
    return lambda *ignored: call("POST", "/sessions", body)["sessionId"]
