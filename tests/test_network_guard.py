"""The socket guard itself: proves a test cannot reach the network by accident.

Every call that can put a packet on the wire or ask a resolver is refused unless it targets
loopback (127.0.0.0/8, ::1) or a local (AF_UNIX) socket: TCP and UDP, IPv4 and IPv6, connect,
sendto and sendmsg, and each name and address lookup. The refused calls raise before anything
is sent, and a test whose code swallowed such an error still fails (`test_a_swallowed_refusal…`).
"""

import socket
from pathlib import Path

import pytest
from conftest import NetworkBlocked

pytestmark = pytest.mark.network_refused

OUTSIDE_V4 = ("8.8.8.8", 53)
OUTSIDE_V6 = ("2001:4860:4860::8888", 53, 0, 0)
QUERY = bytes.fromhex("abcd01000001000000000000076578616d706c6503636f6d0000010001")  # example.com A


def test_outside_connections_are_refused() -> None:
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect(("93.184.216.34", 80))
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect_ex(("93.184.216.34", 80))
    with socket.socket(socket.AF_INET6) as sock, pytest.raises(NetworkBlocked):
        sock.connect(OUTSIDE_V6)
    with socket.socket(socket.AF_INET6) as sock, pytest.raises(NetworkBlocked):
        sock.connect(("::ffff:8.8.8.8", 53))  # IPv4-mapped is not loopback


def test_udp_datagrams_to_the_outside_are_refused_before_they_are_sent() -> None:
    """A DNS query over UDP (what dnspython sends) used to get through: only connect was guarded."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(NetworkBlocked):
            sock.sendto(QUERY, OUTSIDE_V4)
        with pytest.raises(NetworkBlocked):
            sock.sendto(QUERY, 0, OUTSIDE_V4)
        with pytest.raises(NetworkBlocked):
            sock.sendmsg([QUERY], [], 0, OUTSIDE_V4)
        with pytest.raises(NetworkBlocked):
            sock.connect(OUTSIDE_V4)  # then send()/sendall() would need no address
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock, pytest.raises(NetworkBlocked):
        sock.sendto(QUERY, OUTSIDE_V6)


def test_dnspython_queries_are_refused() -> None:
    message = pytest.importorskip("dns.message")
    query = pytest.importorskip("dns.query")
    resolver_module = pytest.importorskip("dns.resolver")

    with pytest.raises(NetworkBlocked):
        query.udp(message.make_query("example.com", "A"), "8.8.8.8", timeout=2)
    with pytest.raises(NetworkBlocked):
        query.tcp(message.make_query("example.com", "A"), "8.8.8.8", timeout=2)
    resolver = resolver_module.Resolver(configure=False)
    resolver.nameservers = ["8.8.8.8"]
    resolver.lifetime = 2
    with pytest.raises(resolver_module.NoNameservers) as caught:  # dnspython wraps what each server raised
        resolver.resolve("example.com", "A")
    assert "NetworkBlocked" in repr(caught.value.kwargs["errors"])


def test_name_and_address_lookups_are_refused() -> None:
    for lookup in (
        lambda: socket.getaddrinfo("example.com", 80),
        lambda: socket.getaddrinfo(b"example.com", 80),
        lambda: socket.gethostbyname("example.com"),
        lambda: socket.gethostbyname_ex("example.com"),
        lambda: socket.gethostbyaddr("8.8.8.8"),
        lambda: socket.getnameinfo(("8.8.8.8", 53), 0),
        lambda: socket.create_connection(("example.com", 80), timeout=2),
    ):
        with pytest.raises(NetworkBlocked):
            lookup()


def test_loopback_and_local_sockets_are_allowed(tmp_path) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
    for host in ("127.0.0.1", "127.0.0.2"):  # all of 127.0.0.0/8 is this machine
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
            receiver.bind((host, 0))
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
                sender.sendto(b"ping", receiver.getsockname())
                sender.sendmsg([b"pong"], [], 0, receiver.getsockname())
            assert receiver.recv(16) == b"ping" and receiver.recv(16) == b"pong"
    assert socket.getaddrinfo("localhost", 80) and socket.gethostbyname("127.0.0.1") == "127.0.0.1"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s"))
        server.listen(1)
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(str(tmp_path / "s"))


SWALLOWS = """
import socket
def test_swallows():
    try:
        socket.gethostbyname("example.com")
    except OSError:
        pass  # what dnspython and the DKIM check do with a failed query
"""


def test_a_swallowed_refusal_still_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(test_swallowing=SWALLOWS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:xdist")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*the code tried to reach the network*example.com*"])
