#!/usr/bin/env python3
"""Drives the web application of `channelflow serve` in headless Chromium (Debian's chromium and
chromium-driver, through Selenium): a full new-certificate application on one channel from its
landing page to "awaiting review", then a second channel's pages, which must offer other options.

A screenshot of every page goes to ARTIFACTS/<channel>/NN-<page>.png. Prints `order ID` and
`ok` on success; on failure prints the reason, saves a screenshot of the failing page and exits 1.

    web_application.py --base-url http://127.0.0.1:PORT --files Examples/files --artifacts DIR
"""

import argparse
import os
import re
import sys

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

# Synthetic data only (the domain reference's sample values), never a real person's.
ENTERPRISE = {
    "company_name": "北京示例科技有限公司",
    "legal_rep_name": "张三",
    "legal_rep_id": "110101199003070011",
    "legal_rep_mobile": "13812345678",
}
AGENT = {"agent_name": "李四", "agent_id": "310104198512300024", "agent_mobile": "13912345678", "agent_email": "lisi@example.com"}


class Failure(Exception):
    pass


def left(page):
    """Selenium's `staleness_of`, but Chrome's "does not belong to the document" also means gone:
    chromedriver answers that way, now and then, for an element of a document being replaced, and
    `staleness_of` lets the error through (SeleniumHQ/selenium#15401; it failed a CI run)."""

    def gone(driver):
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in (error.msg or ""):
                return True
            raise

    return gone


class Session:
    """One channel's visit: the browser, where its screenshots go and how many it took."""

    def __init__(self, driver, base_url, artifacts, channel):
        self.driver = driver
        self.base_url = base_url.rstrip("/")
        self.folder = os.path.join(artifacts, channel)
        self.channel = channel
        self.count = 0
        os.makedirs(self.folder, exist_ok=True)

    def open(self, path):
        self.driver.get(self.base_url + path)

    def shot(self, name):
        path = os.path.join(self.folder, "%02d-%s.png" % (self.count, name))
        self.count += 1
        if not self.driver.save_screenshot(path):
            raise Failure("cannot save the screenshot " + path)

    def element(self, element_id):
        try:
            return self.driver.find_element(By.ID, element_id)
        except NoSuchElementException:
            raise Failure("%s: the page %s has no #%s" % (self.channel, self.driver.current_url, element_id))

    def has(self, element_id):
        return bool(self.driver.find_elements(By.ID, element_id))

    def step(self):
        """The id of the step the page asks (the last part of its form's action)."""
        action = self.element("step-form").get_attribute("action")
        return action.rstrip("/").rsplit("/", 1)[-1]

    def expect_step(self, step):
        found = self.step()
        if found != step:
            raise Failure("%s: expected step %s, the page shows %s" % (self.channel, step, found))
        self.shot(step)

    def type(self, name, text):
        field = self.element("field-" + name.replace("/", "-"))
        field.clear()
        field.send_keys(text)

    def tick(self, name):
        box = self.element("field-" + name)
        if not box.is_selected():
            box.click()

    def choose(self, name, value):
        Select(self.element("field-" + name)).select_by_value(value)

    def follow(self, element):
        """Clicks a link or a button and waits for the page it leads to."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()
        wait = WebDriverWait(self.driver, 30)
        wait.until(left(page))
        # The old page is gone once the navigation commits, before the new one has loaded: an
        # element found in between can belong to a document that is about to be replaced.
        wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")

    def submit(self):
        """Submits the step and fails when the page comes back with messages."""
        self.follow(self.element("submit"))
        for problem in ("errors", "refusal"):
            if self.has(problem):
                self.shot("refused")
                raise Failure("%s: the step was refused: %s" % (self.channel, self.element(problem).text))


def new_certificate(session, files, uscc):
    """The whole application on the session's channel, to the review; returns the order id."""
    session.open("/web")
    session.shot("channels")
    session.follow(session.driver.find_element(By.CSS_SELECTOR, 'a[href="/web/%s"]' % session.channel))
    session.element("start-new_certificate")
    if "沙箱模式" not in session.element("sandbox-banner").text:
        raise Failure("the landing page does not say the channel runs on sandbox providers")
    session.shot("landing")
    session.follow(session.element("start-new_certificate"))

    session.tick("accept_user_agreement")
    session.expect_step("choose_verification")
    session.submit()

    for name, text in dict(ENTERPRISE, uscc=uscc).items():
        session.type(name, text)
    session.expect_step("enterprise")
    session.submit()

    session.element("option-agent_phone").click()
    for name, text in AGENT.items():
        session.type("agent_phone/" + name, text)
    session.expect_step("agent")
    session.submit()

    session.choose("validity_years", "2")
    session.choose("seal_option", "company_seal")
    session.type("mailing_name", "李四")
    session.type("mailing_mobile", "13912345678")
    session.type("mailing_address", "北京市海淀区示例路 1 号")
    session.expect_step("purchase")
    session.submit()

    summary = session.element("summary").text
    if "138****5678" not in summary or "13812345678" in summary:
        raise Failure("the confirmation page does not show the mobile number masked: " + summary)
    session.expect_step("confirm")
    session.submit()

    for material, name in (("business_licence", "business-licence.png"), ("agent_id_front", "agent-id-front.png"),
                           ("agent_id_back", "agent-id-back.png")):
        session.element("material-" + material).send_keys(os.path.abspath(os.path.join(files, name)))
    session.expect_step("materials")
    session.submit()

    session.type("signature_code", "sandbox")
    session.tick("accept_signature_agreement")
    session.expect_step("signature")
    session.submit()

    if not session.has("sandbox-payment") or "沙箱支付" not in session.element("submit").text:
        raise Failure("the payment page does not offer the sandbox payment")
    price = session.element("price").text
    session.choose("payment_method", "wechat_pay")
    session.expect_step("payment")
    session.submit()

    waiting = session.element("awaiting-review").text
    order = session.element("order-id").text
    session.shot("awaiting-review")
    print("awaiting review: %s (paid %s)" % (waiting, price))

    session.follow(session.element("my-orders"))
    if order not in session.element("orders").text:
        raise Failure("my orders does not list " + order)
    session.shot("my-orders")
    session.open("/web/%s/orders/%s/detail" % (session.channel, order))
    if "13812345678" in session.driver.page_source:
        raise Failure("the order's details show a mobile number unmasked")
    session.shot("detail")
    return order


def other_channel(session, uscc, offered, absent):
    """Another channel's landing and agent pages: its own title and verification options."""
    session.open("/web/" + session.channel)
    title = session.element("process-new_certificate").text
    session.shot("landing")
    session.follow(session.element("start-new_certificate"))
    session.tick("accept_user_agreement")
    session.submit()
    for name, text in dict(ENTERPRISE, uscc=uscc).items():
        session.type(name, text)
    session.submit()
    session.expect_step("agent")
    for option in offered:
        session.element("option-" + option)
    for option in absent:
        if session.has("option-" + option):
            raise Failure("%s offers %s, which its channel file leaves out" % (session.channel, option))
    session.follow(session.element("cancel"))
    session.shot("cancelled")
    return title.splitlines()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--files", required=True, help="the folder of the sample materials (Examples/files)")
    parser.add_argument("--artifacts", required=True, help="where the screenshots go")
    parser.add_argument("--channel", default="ca_outlet")
    parser.add_argument("--other-channel", default="icbc_bank")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    arguments = parser.parse_args()

    options = webdriver.ChromeOptions()
    options.binary_location = arguments.chromium
    # Tests run as root, where Chromium's own sandbox cannot start; a fixed size keeps the
    # screenshots comparable.
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1800",
                 "--lang=zh-CN"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=arguments.chromedriver), options=options)
    driver.set_page_load_timeout(30)
    session = Session(driver, arguments.base_url, arguments.artifacts, arguments.channel)
    try:
        order = new_certificate(session, arguments.files, "91110000600037341L")
        other = Session(driver, arguments.base_url, arguments.artifacts, arguments.other_channel)
        session = other
        first = other_channel(other, "91350100M000100Y43", ["legal_rep_self", "agent_bank_card"], ["agent_phone", "agent_face"])
        if "单位证书新办" in first:
            raise Failure("%s shows the flow's own title, not its channel's: %s" % (other.channel, first))
        print("order %s" % order)
        print("ok")
        return 0
    except (Failure, WebDriverException) as error:
        where = "%s after %d screenshots" % (session.channel, session.count)
        try:
            where += " (%s)" % driver.current_url
            session.shot("failure")
            with open(os.path.join(session.folder, "failure.html"), "w", encoding="utf-8") as page:
                page.write(driver.page_source)
        except (Failure, WebDriverException, OSError):
            pass
        print("failed on %s: %s" % (where, re.sub(r"\s+", " ", str(error)).strip()), file=sys.stderr)
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
