"""``kiosk remote branch|counter``: JSON lines out, JSON-line commands in, clear refusals."""

import json
import subprocess

from kiosk.remote.roles import CounterClient
from tests.support.backoffice import KIOSK, run_kiosk
from tests.support.remote import assert_connected, wait_until


def _args(backoffice, pki, name):
    return ["--backoffice", backoffice.url, "--pki", str(pki), "--name", name]


def test_the_branch_command_prints_events_and_takes_commands(connect, backoffice, remote_pki):
    counter = connect(CounterClient, "staff-01")
    assert_connected(counter)
    with subprocess.Popen([KIOSK, "remote", "branch", "--branch", "kiosk-01",
                           *_args(backoffice, remote_pki, "kiosk-01")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as branch:
        branch.stdin.write(json.dumps({"edit": "life_event", "value": "birth"}) + "\n")
        branch.stdin.flush()
        wait_until(lambda: counter.state.values.get("life_event") == "birth")
        job = counter.request_print(["birth_registration"])
        events = []
        for line in branch.stdout:
            events.append(json.loads(line))
            if events[-1]["event"] == "print":
                break
        assert events[-1]["job_id"] == job and events[-1]["requested_by"] == "staff-01"
        branch.stdin.write(json.dumps({"ack": job, "ok": True}) + "\n")
        branch.stdin.write("not json\n")
        branch.stdin.close()
        rest = [json.loads(line) for line in branch.stdout]
        assert branch.wait(15) == 0
    assert {"connected", "presence", "op"} <= {e["event"] for e in events}
    assert any(e["event"] == "input_error" for e in rest)
    wait_until(lambda: counter.state.values[f"print.{job}"]["status"] == "printed")


def test_a_refused_certificate_is_one_line_and_exit_9(backoffice, remote_pki):
    result = run_kiosk({}, "remote", "counter", "--branch", "kiosk-01",
                       *_args(backoffice, remote_pki, "staff-02"), stdin="", timeout=60)
    assert result.returncode == 9, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "refused" in result.stderr


def test_pki_without_a_name_is_bad_input(backoffice, remote_pki):
    result = run_kiosk({}, "remote", "counter", "--branch", "kiosk-01", "--pki",
                       str(remote_pki), "--backoffice", backoffice.url, stdin="")
    assert result.returncode == 2 and "--name" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
