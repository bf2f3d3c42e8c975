"""Unit tests of the browser script's own logic, with a scripted stand-in for the WebDriver: the
waits must hold whatever chromedriver answers while a page is being replaced.

    python3 -B -m unittest test_web_application      (from Tests/Browser)
"""

import unittest

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

from web_application import Session

INSPECTOR_ERROR = ('unknown error: unhandled inspector error: '
                   '{"code":-32000,"message":"Node with given id does not belong to the document"}')


class OldPage:
    """The old page's root element: still there for `present` checks, then gone with `error`."""

    def __init__(self, present, error):
        self.present = present
        self.error = error

    def is_enabled(self):
        if self.present > 0:
            self.present -= 1
            return True
        raise self.error


class Link:
    def __init__(self):
        self.clicked = False

    def click(self):
        self.clicked = True


class Driver:
    def __init__(self, page):
        self.page = page

    def find_element(self, by, value):
        return self.page

    def execute_script(self, script):
        return "complete"


def follow(error):
    page = OldPage(present=1, error=error)
    session = Session.__new__(Session)
    session.driver = Driver(page)
    link = Link()
    session.follow(link)
    return link.clicked


class FollowTests(unittest.TestCase):
    def test_a_stale_page_is_gone(self):
        self.assertTrue(follow(StaleElementReferenceException("stale element reference")))

    def test_chromes_inspector_error_also_means_the_page_is_gone(self):
        self.assertTrue(follow(WebDriverException(INSPECTOR_ERROR)))

    def test_any_other_error_is_reported(self):
        with self.assertRaises(WebDriverException) as raised:
            follow(WebDriverException("unknown error: session deleted because of page crash"))
        self.assertIn("page crash", raised.exception.msg)


if __name__ == "__main__":
    unittest.main()
