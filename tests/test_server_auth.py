"""``launch(auth=...)`` over real HTTP on 127.0.0.1: login, wrong password, logout, rate
limits, cookie flags, every route refusing a request without a login, the official
``gradio_client`` with and without credentials, ``gr.Request.username``, HTTPS.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from http.cookies import SimpleCookie

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

import nbblocks as gr
from nbblocks.server.auth import FailedLogins, LoginSessions, accounts
from support.servers import http_client, serving
from support.waiting import WAIT

USERS = [("ann", "ann-secret"), ("bob", "bob-secret")]


def make_app(**blocks_options) -> gr.Blocks:
    def whoami(text: str, request: gr.Request) -> str:
        return f"{request.username}:{text}"

    def keep(text: str, items: list) -> tuple[str, list]:
        return f"{len(items) + 1}", items + [text]

    def picture(text: str):
        from PIL import Image

        return Image.new("RGB", (4, 4), (200, 20, 20))

    with gr.Blocks(title="Locked app", **blocks_options) as demo:
        box = gr.Textbox(label="Text")
        out = gr.Textbox(label="Out")
        state = gr.State([])
        image = gr.Image(label="Picture")
        button = gr.Button()
        button.click(whoami, box, out, api_name="whoami")
        button.click(keep, [box, state], [out, state], api_name="keep")
        button.click(picture, box, image, api_name="picture")
    return demo


@pytest.fixture(scope="module")
def served():
    with serving(make_app(), auth=USERS, auth_message="<b>Members</b> only") as demo:
        yield demo


@pytest.fixture(autouse=True)
def fresh_limits(served):
    """Every login here comes from 127.0.0.1: each test starts with no failures counted."""
    yield
    served.app.auth_gate.failures.clear()


@pytest.fixture
def http(served):
    with http_client(served) as http:
        yield http


def login(http, user="ann", password="ann-secret", **headers):
    return http.post("/login", data={"username": user, "password": password}, headers=headers)


def set_cookie(response) -> SimpleCookie:
    cookie = SimpleCookie()
    cookie.load(response.headers["set-cookie"])
    return cookie


def only_morsel(response):
    cookie = set_cookie(response)
    assert len(cookie) == 1, cookie
    return next(iter(cookie.values()))


def is_refusal(response) -> bool:
    return response.status_code == 401 and response.json()["detail"] == {
        "error": "Not authenticated", "auth_message": "<b>Members</b> only",
    }


# -- login and logout ---------------------------------------------------------------------


def test_login_sets_a_signed_httponly_lax_cookie(http):
    response = login(http)
    assert response.status_code == 200 and response.json() == {"success": True}
    morsel = only_morsel(response)
    assert morsel.key.startswith("nbblocks-login-")
    assert morsel["httponly"] is True
    assert morsel["samesite"].lower() == "lax"
    assert morsel["path"] == "/"
    assert not morsel["secure"]  # plain HTTP: a Secure cookie would never come back
    login_id, _, signature = morsel.value.partition(".")
    assert login_id and signature
    assert http.get("/config").status_code == 200  # httpx keeps the cookie


def test_wrong_password_and_unknown_user_are_refused_like_gradio(http):
    for user, password in [("ann", "nope"), ("ann", "bob-secret"), ("carol", "ann-secret"), ("", ""), ("ann", "")]:
        response = login(http, user, password)
        assert response.status_code == 400, (user, password)
        assert response.json() == {"detail": "Incorrect credentials."}
        assert "set-cookie" not in response.headers
    assert is_refusal(http.get("/config"))


def test_a_tampered_or_foreign_cookie_is_refused(served, http):
    morsel = only_morsel(login(http))
    name, value = morsel.key, morsel.value
    login_id, _, signature = value.partition(".")
    forged = [
        f"{login_id}.{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        f"{login_id[:-1]}x.{signature}",
        login_id,
        "",
        "x" * 500,
    ]
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as other:
        for bad in forged:
            other.cookies.clear()
            other.cookies.set(name, bad)
            assert is_refusal(other.get("/config")), bad
        other.cookies.clear()
        other.cookies.set(name, value)
        assert other.get("/config").status_code == 200


def test_logout_ends_every_login_of_the_user(served, http):
    first = only_morsel(login(http)).value
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as second, \
         httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as bob:
        login(second)
        login(bob, "bob", "bob-secret")
        assert second.get("/config").status_code == 200
        response = http.get("/logout")
        assert response.status_code == 302 and response.headers["location"] == "./"
        cleared = only_morsel(response)
        assert cleared.value == "" and cleared["max-age"] == "0"
        assert is_refusal(http.get("/config"))
        http.cookies.set(cleared.key, first)  # the old cookie, kept by a client that ignored the logout
        assert is_refusal(http.get("/config"))
        assert is_refusal(second.get("/config"))  # ann's other login ended too (Gradio's all_session)
        assert bob.get("/config").status_code == 200  # bob's did not


def test_logout_of_one_login_only(served):
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as one, \
         httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as two:
        login(one, "bob", "bob-secret")
        login(two, "bob", "bob-secret")
        assert one.post("/logout?all_session=false").status_code == 302
        assert is_refusal(one.get("/config"))
        assert two.get("/config").status_code == 200


def test_a_browser_gets_the_login_page_and_comes_back_after_the_form(served, http):
    page = http.get("/?view=api", headers={"Accept": "text/html,application/xhtml+xml"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    assert '<form method="post" action="login">' in text
    assert "<b>Members</b> only" in text  # the author's HTML, as Gradio shows it
    assert 'name="next" value="view=api"' in text
    policy = page.headers["content-security-policy"]
    assert "script-src 'none'" in policy and "default-src 'self'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in text

    wrong = http.post("/login", data={"username": "ann", "password": "x", "next": "view=api"}, headers={"Accept": "text/html"})
    assert wrong.status_code == 400 and "Incorrect credentials." in wrong.text and 'value="ann"' in wrong.text
    assert "set-cookie" not in wrong.headers

    right = http.post("/login", data={"username": "ann", "password": "ann-secret", "next": "view=api"}, headers={"Accept": "text/html"})
    assert right.status_code == 303 and right.headers["location"] == "./?view=api"
    assert only_morsel(right)["httponly"]
    api = http.get("/?view=api", headers={"Accept": "text/html"})
    assert api.status_code == 200 and 'data-api-name="/whoami"' in api.text


def test_next_cannot_send_a_browser_elsewhere(http):
    for next_query in ["//evil.example/", "https://evil.example/", "\\\\evil.example", "view=api&x=<script>"]:
        right = http.post("/login", data={"username": "ann", "password": "ann-secret", "next": next_query}, headers={"Accept": "text/html"})
        location = right.headers["location"]
        assert location.startswith("./"), location
        assert "//" not in location[2:].split("?")[0] and "<" not in location


def test_get_login_shows_the_form_and_a_logged_in_browser_goes_back(http):
    assert '<form method="post"' in http.get("/login", headers={"Accept": "text/html"}).text
    login(http)
    back = http.get("/login", headers={"Accept": "text/html"})
    assert back.status_code == 303 and back.headers["location"] == "./"


def test_login_takes_only_a_small_form(http):
    assert http.post("/login", json={"username": "ann", "password": "ann-secret"}).status_code == 415
    big = http.post("/login", content=b"username=ann&password=" + b"x" * 20000,
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413
    assert http.put("/login").status_code == 405


def test_login_from_another_origin_is_refused(http):
    response = login(http, Origin="http://evil.example")
    assert response.status_code == 403 and "cross-origin" in response.json()["detail"]


# -- every route refuses a request without a login -----------------------------------------


def concrete(path: str) -> str:
    """A request path for a route pattern: each ``{param}`` (``{p:path}`` too) filled in."""
    return re.sub(r"\{[^}]+\}", "x", path)


def test_every_route_refuses_a_request_without_login(served):
    """Walks the app's own route table, so a route added later is checked too."""
    api = served.app
    routes = api.starlette.routes
    assert len(routes) >= 15
    checked = 0
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as anonymous:
        for route in routes:
            for method in sorted(route.methods or {"GET"}):
                path = concrete(route.path)
                for headers in ({}, {"Accept": "application/json"}, {"Accept": "*/*"}):
                    response = anonymous.request(method, path, headers=headers, json={"data": ["x"], "fn_index": 0})
                    if method == "HEAD":
                        assert response.status_code == 401, path
                    else:
                        assert is_refusal(response), (method, path, headers, response.status_code, response.text[:200])
                    checked += 1
                if method == "GET":
                    browser = anonymous.get(path, headers={"Accept": "text/html"})
                    if path == "/":
                        assert browser.status_code == 200 and 'action="login"' in browser.text
                    else:
                        assert is_refusal(browser), (path, browser.status_code)
        for path in ["/nope", "/gradio_api/nope", "/gradio_api/file=/etc/passwd", "/static/x.js", "/page/host.js"]:
            assert is_refusal(anonymous.get(path)), path
    assert checked >= 3 * len(routes)


def test_a_file_the_app_issued_is_refused_without_login(served, http):
    login(http)
    joined = http.post("/gradio_api/call/picture", json={"data": ["x"]})
    event_id = joined.json()["event_id"]
    text = http.get(f"/gradio_api/call/picture/{event_id}").text
    url = re.search(r'"url":\s*"([^"]+)"', text).group(1)
    path = "/" + url.split("://", 1)[1].split("/", 1)[1] if "://" in url else url
    assert "/file=" in path or "/file/" in path, path
    assert http.get(path).status_code == 200
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as anonymous:
        assert is_refusal(anonymous.get(path))
        assert anonymous.head(path).status_code == 401


# -- gradio_client ---------------------------------------------------------------------------


def test_gradio_client_with_credentials(served):
    from gradio_client import Client

    client = Client(served.local_url, auth=("bob", "bob-secret"), verbose=False, download_files=False)
    assert client.predict("hi", api_name="/whoami") == "bob:hi"
    job = client.submit("x", api_name="/whoami")
    assert job.result(timeout=WAIT) == "bob:x"
    assert "/whoami" in client.view_api(print_info=False, return_format="dict")["named_endpoints"]


def test_gradio_client_without_or_with_wrong_credentials(served):
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    with pytest.raises(AuthenticationError, match="credentials were not provided"):
        Client(served.local_url, verbose=False)
    with pytest.raises(ValueError, match="Could not login"):  # Gradio answers 400, as here
        Client(served.local_url, auth=("bob", "wrong"), verbose=False)


def test_username_reaches_the_function_and_sessions_belong_to_their_user(served):
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as ann, \
         httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as bob:
        login(ann)
        login(bob, "bob", "bob-secret")
        joined = ann.post("/gradio_api/queue/join", json={"data": ["one", None], "fn_index": 1, "session_hash": "shared1"})
        assert joined.status_code == 200
        # bob knows ann's session_hash: he can neither read her stream nor join her session
        assert bob.get("/gradio_api/queue/data", params={"session_hash": "shared1"}).status_code == 404
        refused = bob.post("/gradio_api/queue/join", json={"data": ["two", None], "fn_index": 1, "session_hash": "shared1"})
        assert refused.status_code == 404
        assert bob.post("/gradio_api/cancel", json={"event_id": joined.json()["event_id"], "session_hash": "shared1"}).status_code == 404
        with ann.stream("GET", "/gradio_api/queue/data", params={"session_hash": "shared1"}) as stream:
            body = ""
            for line in stream.iter_lines():
                body += line + "\n"
                if "process_completed" in line:
                    break
        assert '"1"' in body  # ann's State: her first item
        posted = ann.post("/gradio_api/call/whoami", json={"data": ["z"]})
        event_id = posted.json()["event_id"]
        assert bob.get(f"/gradio_api/call/whoami/{event_id}").status_code == 404  # not his event
        assert '"ann:z"' in ann.get(f"/gradio_api/call/whoami/{event_id}").text


# -- rate limits -------------------------------------------------------------------------------


def test_failed_logins_from_one_client_are_limited(served):
    gate = served.app.auth_gate
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=WAIT) as http:
        user = "limit-client"
        for _ in range(gate.failures.limit):
            assert login(http, user, "wrong").status_code == 400
        blocked = login(http, "ann", "ann-secret")  # this client is blocked, for every user
        assert blocked.status_code == 429
        assert int(blocked.headers["retry-after"]) >= 1
        assert "Too many failed logins" in blocked.json()["detail"]
        page = http.post("/login", data={"username": "ann", "password": "ann-secret"}, headers={"Accept": "text/html"})
        assert page.status_code == 429 and "Too many failed logins" in page.text


def test_failed_logins_for_one_user_are_limited_across_addresses():
    """Behind a trusted proxy the client is X-Forwarded-For's address: a guesser that
    changes address is still stopped by the per-user count."""
    with serving(make_app(), auth=USERS, forwarded_allow_ips="127.0.0.1") as demo:
        limit = demo.app.auth_gate.failures.limit
        with http_client(demo) as http:
            for attempt in range(limit):
                response = login(http, "bob", "guess", **{"X-Forwarded-For": f"10.0.0.{attempt}"})
                assert response.status_code == 400
            assert login(http, "bob", "bob-secret", **{"X-Forwarded-For": "10.0.1.1"}).status_code == 429
            # another user from another address is not affected
            assert login(http, "ann", "ann-secret", **{"X-Forwarded-For": "10.0.1.2"}).status_code == 200


def test_failed_logins_window_and_memory_are_bounded():
    now = [1000.0]
    failures = FailedLogins(limit=3, window=60.0, capacity=50, clock=lambda: now[0])
    keys = FailedLogins.keys("1.2.3.4", "ann")
    for _ in range(3):
        assert failures.wait(keys) == 0
        failures.failed(keys)
    assert failures.wait(keys) == pytest.approx(60.0)
    now[0] += 30
    assert failures.wait(keys) == pytest.approx(30.0)
    now[0] += 30.5
    assert failures.wait(keys) == 0  # aged out
    failures.failed(keys)
    failures.forgive(keys)  # a right password takes its attempt back
    assert len(failures) == 0
    for i in range(500):
        failures.failed(FailedLogins.keys(f"10.0.{i // 256}.{i % 256}", f"user{i}"))
    assert len(failures) <= 50


def test_login_sessions_expire_and_are_bounded():
    now = [0.0]
    sessions = LoginSessions(capacity=3, lifetime=100.0, clock=lambda: now[0])
    cookies = [sessions.issue(f"u{i}") for i in range(5)]
    assert [sessions.user(c) for c in cookies] == [None, None, "u2", "u3", "u4"]
    assert len(sessions) == 3
    now[0] = 100.0
    assert sessions.user(cookies[-1]) is None
    other = LoginSessions()
    assert other.user(sessions.issue("ann")) is None  # another server's key


def test_accounts_compare_in_constant_time_and_accept_gradio_forms():
    import asyncio

    assert asyncio.run(accounts(("a", "b")).verify("a", "b"))
    assert not asyncio.run(accounts(("a", "b")).verify("a", "B"))
    assert asyncio.run(accounts([("a", "b"), ("c", "d")]).verify("c", "d"))
    assert asyncio.run(accounts(lambda u, p: u == p).verify("x", "x"))

    async def check(user: str, password: str) -> bool:
        return password == "async"

    assert asyncio.run(accounts(check).verify("x", "async"))
    assert not asyncio.run(accounts(lambda u, p: 1 / 0).verify("x", "y"))  # a failing function refuses
    for wrong in ["ab", ("a",), [("a", 1)], [], 3, [("", "x")]]:
        with pytest.raises((TypeError, ValueError), match="auth"):
            accounts(wrong)


def test_launch_refuses_a_wrong_auth_before_serving():
    demo = make_app()
    try:
        with pytest.raises(TypeError, match=r"launch\(auth=\.\.\.\)"):
            demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, auth="ann")
        with pytest.raises(NotImplementedError, match="auth_dependency"):  # never served unprotected
            demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, auth_dependency=lambda request: "ann")
        assert demo.local_url is None
    finally:
        demo.close()


def test_a_function_as_auth():
    seen = []

    def check(user: str, password: str) -> bool:
        seen.append(user)
        return password == f"{user}!"

    with serving(make_app(), auth=check) as demo:
        from gradio_client import Client

        client = Client(demo.local_url, auth=("zoe", "zoe!"), verbose=False, download_files=False)
        assert client.predict("q", api_name="/whoami") == "zoe:q"
        with pytest.raises(ValueError):
            Client(demo.local_url, auth=("zoe", "nope"), verbose=False)
    assert seen == ["zoe", "zoe"]


def test_without_auth_nothing_changes(http):
    """The module's app has auth; a plain app stays open and sets no cookie."""
    with serving(make_app()) as demo, http_client(demo) as open_http:
        assert open_http.get("/config").status_code == 200
        assert open_http.post("/login", data={"username": "a", "password": "b"}).status_code in (404, 405)
        from gradio_client import Client

        client = Client(demo.local_url, verbose=False, download_files=False)
        assert client.predict("q", api_name="/whoami") == "None:q"  # gr.Request.username is None


# -- HTTPS ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=WAIT,
    )
    return key, cert


def test_https_with_a_self_signed_certificate(certificate):
    from gradio_client import Client

    key, cert = certificate
    with serving(make_app(), auth=USERS, ssl_keyfile=str(key), ssl_certfile=str(cert)) as demo:
        assert demo.local_url.startswith("https://127.0.0.1:")
        import ssl

        trusted = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(base_url=demo.local_url.rstrip("/"), verify=trusted, timeout=WAIT) as http:
            response = login(http)
            assert response.status_code == 200
            assert only_morsel(response)["secure"] is True  # served over TLS: Secure
            assert http.get("/config").status_code == 200
        client = Client(demo.local_url, auth=("ann", "ann-secret"), ssl_verify=False, verbose=False, download_files=False)
        assert client.predict("s", api_name="/whoami") == "ann:s"


def test_tls_options_are_checked_at_launch(certificate, tmp_path):
    key, cert = certificate
    demo = make_app()
    try:
        with pytest.raises(ValueError, match="ssl_certfile is missing"):
            demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, ssl_keyfile=str(key))
        with pytest.raises(ValueError, match="cannot use ssl_certfile"):
            demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, ssl_keyfile=str(cert), ssl_certfile=str(cert))
        assert demo.local_url is None
    finally:
        demo.close()


# -- behind a proxy at a sub-path ----------------------------------------------------------


def test_under_root_path_the_cookie_and_redirects_stay_below_it():
    """With ``root_path`` (a proxy that keeps the prefix), the cookie's Path is the prefix,
    so other apps on the same host never receive it, and every redirect is relative."""
    root = "/user/ann/proxy/7000"
    with serving(make_app(), auth=USERS, root_path=root) as demo:
        base = demo.local_url.rstrip("/") + root
        with httpx.Client(base_url=base, timeout=WAIT) as http:
            page = http.get("/", headers={"Accept": "text/html"})
            assert page.status_code == 200 and 'action="login"' in page.text
            bare = httpx.get(base + "?view=api", headers={"Accept": "text/html"}, timeout=WAIT)  # no trailing slash
            assert bare.status_code == 307 and bare.headers["location"] == "7000/?view=api"
            right = http.post("/login", data={"username": "ann", "password": "ann-secret", "next": "view=api"},
                              headers={"Accept": "text/html"})
            assert right.status_code == 303 and right.headers["location"] == "./?view=api"
            assert only_morsel(right)["path"] == root + "/"
            assert http.get("/config").status_code == 200
            # the cookie is not sent outside the prefix: the same server without it refuses
            outside = http.get(demo.local_url.rstrip("/") + "/config")
            assert outside.status_code == 401
            out = http.get("/logout")
            assert out.status_code == 302 and out.headers["location"] == "./"
            assert only_morsel(out)["path"] == root + "/"


def test_the_notebook_footer_links_the_api_page_and_its_snippet_logs_in(served):
    footer = served.view().root.props["footer"]
    assert footer["api_page"] == served.local_url + "?view=api"
    snippet = next(e["snippet"] for e in footer["endpoints"] if e["api_name"] == "/whoami")
    assert 'auth=("username", "password")' in snippet
    code = snippet.replace('"username", "password"', '"bob", "bob-secret"').replace("Client(", "Client(verbose=False, src=", 1)
    scope: dict = {}
    exec(compile(code.replace("print(result)", ""), "footer", "exec"), scope)  # noqa: S102 - the footer's own snippet
    assert scope["result"] == "bob:Hello!!"


def test_guesses_sent_in_parallel_cannot_outrun_the_limit():
    """Each attempt is counted before its (slow) check, so of many guesses sent at once
    only the limit's worth are checked; the rest are refused at once."""
    import asyncio
    import threading

    checked = []
    release = threading.Event()

    def slow_check(user: str, password: str) -> bool:
        checked.append(password)
        release.wait(WAIT)  # held until every refused guess is answered
        return False

    with serving(make_app(), auth=slow_check) as demo:
        limit = demo.app.auth_gate.failures.limit

        async def guess_all() -> list[int]:
            async with httpx.AsyncClient(base_url=demo.local_url.rstrip("/"), timeout=WAIT) as http:
                tasks = [asyncio.create_task(http.post("/login", data={"username": "ann", "password": f"g{i}"}))
                         for i in range(3 * limit)]
                statuses = []
                for task in asyncio.as_completed(tasks):
                    response = await task
                    statuses.append(response.status_code)
                    if statuses.count(429) == 2 * limit:
                        release.set()  # every refused guess is answered: let the checked ones finish
                return statuses

        statuses = asyncio.run(guess_all())
    assert sorted(statuses) == [400] * limit + [429] * (2 * limit)
    assert len(checked) == limit


def test_gradios_user_and_login_check_routes(served, http):
    assert is_refusal(http.get("/gradio_api/login_check"))
    assert is_refusal(http.get("/gradio_api/user"))
    login(http, "bob", "bob-secret")
    assert http.get("/gradio_api/login_check").json() is None
    assert http.get("/gradio_api/user").json() == "bob"
    page = http.get("/?view=api")
    assert '<a href="logout">Logout</a>' in page.text and ">bob</span>" in page.text
