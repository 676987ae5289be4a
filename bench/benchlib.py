"""What the benchmark clients share: the API called with the dev partner's key, and a webhook receiver on loopback."""
import json
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def api(port, keyfile):
    """call(method, path, body=None) -> the answer's JSON (None when empty), authenticated with the key in keyfile"""
    key = open(keyfile).read().strip()
    base = f"http://127.0.0.1:{port}"

    def call(method, path, body=None):
        req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
        with urllib.request.urlopen(req) as r:
            raw = r.read()
            return json.loads(raw) if raw else None
    return call


def receive_webhooks(hook_port, on_event, answer_after_s=0.0):
    """Starts a threaded receiver on loopback: on_event(headers, event, received_at) for every delivery, each answered
    204 after answer_after_s"""
    class Receiver(BaseHTTPRequestHandler):
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
