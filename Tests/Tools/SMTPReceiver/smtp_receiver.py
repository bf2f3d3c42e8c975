"""An aiosmtpd handler for ChannelFlow's SMTP tests: prints each message it accepts as one JSON
line on standard output (flushed at once), and refuses recipients by their local part so the
tests can see both kinds of failure: "later@…" gets 451 (try again), "refuse@…" gets 550.

Run with Debian's aiosmtpd:
    PYTHONPATH=Tests/Tools/SMTPReceiver /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_receiver.JSONLines
"""
import json
import sys


class JSONLines:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local == "later":
            return "451 4.3.0 mailbox busy, try again later"
        if local == "refuse":
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content if envelope.original_content is not None else envelope.content
        print(json.dumps({
            "mail_from": envelope.mail_from,
            "mail_options": envelope.mail_options,
            "rcpt_tos": envelope.rcpt_tos,
            "data": data.decode("utf-8"),
        }, ensure_ascii=False), flush=True)
        return "250 Message accepted for delivery"
