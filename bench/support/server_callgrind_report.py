#!/usr/bin/env python3
"""Sums smsotp-server's per-thread callgrind profiles (ServerCallgrind) into instructions per
request + verify pair, split into the HTTP threads and the engine workers, and inside those into
the parts that matter for issue 13.
   server_callgrind_report.py PAIRS PROFILE..."""
import re
import subprocess
import sys

LINE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+\S*?:(.*?) \[")

# (label, thread kind, function name prefix); inclusive instructions, summed over the threads
PARTS = [
    ("engine job outside OtpService", "engine", None),
    ("  ApiService::authorize (token SELECT)", "engine", "ApiService::authorize("),
    ("OtpService::requestOtp + verifyOtp", "engine", ("OtpService::requestOtp(", "OtpService::verifyOtp(")),
    ("  of which GatewayFactory::create", "engine", "GatewayFactory::create("),
    ("  of which DevFileGateway::send", "engine", "DevFileGateway::send("),
    ("HTTP: TLS read + header parsing", "http", "httplib::detail::read_headers("),
    ("HTTP: body read", "http", "httplib::Server::read_content("),
    ("HTTP: route handler (ours)", "http", "HttpsServer::addRoutes()::{lambda(char const*, ApiReply (ApiService::*)(ApiCall const&))#1}::operator()"),
    ("  ApiInput::parse", "http", "ApiInput::parse("),
    ("  ApiService::onEngine (hand-over, wait)", "http", "ApiService::onEngine("),
    ("  ServerLog::write", "http", "ServerLog::write("),
    ("  Metrics::countRequest", "http", "Metrics::countRequest("),
    ("HTTP: response write", "http", "httplib::Server::write_response_with_content("),
]


def profile(path):
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", path],
                         capture_output=True, text=True).stdout
    funcs = {}
    total = 0
    for line in out.splitlines():
        if "PROGRAM TOTALS" in line:
            first = line.split()[0].replace(",", "")
            total = int(first) if first.isdigit() else 0
            continue
        m = LINE.match(line)
        if m:
            name = m.group(2)
            funcs[name] = max(funcs.get(name, 0), int(m.group(1).replace(",", "")))
    return total, funcs


def inclusive(funcs, prefix):
    prefixes = prefix if isinstance(prefix, tuple) else (prefix,)
    # a function's recursive entries ('2 suffix) are inside its first entry already
    return sum(v for k, v in funcs.items() if k.startswith(prefixes) and "'" not in k.split("(")[0])


def main():
    pairs = int(sys.argv[1])
    sums = {"http": 0, "engine": 0, "other": 0}
    parts = {label: 0 for label, _, _ in PARTS}
    for path in sys.argv[2:]:
        total, funcs = profile(path)
        if any(k.startswith("EngineWorker::run(") for k in funcs):
            kind = "engine"
        elif any(k.startswith("httplib::SSLServer::process_and_close_socket(") for k in funcs):
            kind = "http"
        else:
            kind = "other"
        sums[kind] += total
        for label, where, prefix in PARTS:
            if where != kind:
                continue
            if prefix is None:
                parts[label] += total - inclusive(funcs, ("OtpService::requestOtp(", "OtpService::verifyOtp("))
            else:
                parts[label] += inclusive(funcs, prefix)
    whole = sum(sums.values())
    print(f"instructions per request + verify pair in smsotp-server: {whole // pairs:,}")
    print(f"  HTTP threads: {sums['http'] // pairs:,}   engine workers: {sums['engine'] // pairs:,}"
          f"   other threads: {sums['other'] // pairs:,}")
    for label, where, _ in PARTS:
        print(f"  {label:48s} {parts[label] // pairs:>10,}")


main()
