#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Opens `ascn report`'s report.html in headless Chromium at 1280 x 800 as a reader would and
checks what issue 16 asks of the page: no console errors; the map inside the window; typing
"Makassar" in the search opens its panel with three mentors for its weakest area; a click on a
column header sorts that table; the year slider at 2018 shows the 26 pilot cities; the network
year by year (issue 17) has its five chart panels with a point per year of its table, inside
the window at 1280 and on a 400 px wide screen, at a readable size; and with JavaScript off the
page still reads as the static report. Saves screenshots (the top, the panel, the year charts
at both widths).

Usage: report_page_test.py ASCN WORK_DIR [SCREENSHOT_PNG]
(runs `ASCN report --output WORK_DIR --no-map`; the screenshot defaults to WORK_DIR/report.png)
Exit code 77 (skipped) when Selenium, Chromium or chromedriver is missing (Debian: chromium,
chromium-driver, python3-selenium; tests/deps.sh installs them), or when localhost does not
resolve (no /etc/hosts), which chromedriver needs.
"""
import os
import shutil
import socket
import subprocess
import sys

SKIP = 77


def chromium_driver(javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    # The page's viewport itself at 1280 x 800 (the window size counts the browser's frame).
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    return driver


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__)
        return 2
    work = os.path.abspath(sys.argv[2])
    page = os.path.join(work, "report.html")
    screenshot = sys.argv[3] if len(sys.argv) == 4 else os.path.join(work, "report.png")
    try:
        import selenium  # noqa: F401
    except ImportError:
        # Debian's python3-selenium belongs to /usr/bin/python3, which another python3 first
        # on PATH (a virtual environment, pyenv) does not see.
        debian = "/usr/bin/python3"
        if os.path.exists(debian) and os.path.realpath(sys.executable) != os.path.realpath(debian):
            os.execv(debian, [debian] + sys.argv)
        print("SKIP: python3-selenium is not installed")
        return SKIP
    if not (shutil.which("chromium") or shutil.which("chromium-browser")) or not shutil.which(
            "chromedriver"):
        print("SKIP: chromium or chromedriver is not installed")
        return SKIP
    try:
        socket.gethostbyname("localhost")
    except OSError:
        # chromedriver and Chromium talk through "localhost"; a root without /etc/hosts (a
        # minimal debootstrap root, some containers) cannot resolve it.
        print("SKIP: this machine cannot resolve localhost (no /etc/hosts), which chromedriver "
              "needs to reach Chromium")
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    subprocess.run([sys.argv[1], "report", "--output", work, "--quiet", "--no-map"], check=True)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    url = "file://" + page
    driver = chromium_driver()
    try:
        driver.get(url)
        size = driver.execute_script("return [window.innerWidth, window.innerHeight]")
        rect = driver.execute_script(
            "const r = document.getElementById('network-map').getBoundingClientRect();"
            "return [r.left, r.top, r.right, r.bottom];")
        check(rect[0] >= 0 and rect[1] >= 0 and rect[2] <= size[0] and rect[3] <= size[1],
              f"the map {rect} is inside the {size[0]} x {size[1]} window on opening")
        legend = driver.execute_script(
            "const r = document.querySelector('.legend').getBoundingClientRect();"
            "return [r.left, r.top, r.right, r.bottom];")
        check(legend[1] >= 0 and legend[3] <= size[1], f"the legend {legend} is in view")
        driver.save_screenshot(screenshot)

        search = driver.find_element(By.ID, "search")
        search.send_keys("Makassar")
        WebDriverWait(driver, 5).until(
            lambda d: d.find_element(By.ID, "panel").is_displayed())
        title = driver.find_element(By.CSS_SELECTOR, "#panel h2").text
        mentors = driver.find_elements(By.CSS_SELECTOR, "#panel .area.weakest ol.mentors > li")
        check(title == "Makassar" and len(mentors) == 3,
              f"typing Makassar opens its panel ({title!r}) with three mentors for its weakest "
              f"area ({len(mentors)})")
        text = driver.find_element(By.ID, "panel").text
        check("null" not in text and "undefined" not in text and "NaN" not in text,
              "the panel shows no null, undefined or NaN")
        route = driver.execute_script(
            "return document.querySelectorAll('#network-map g.route polyline').length")
        check(route == 1, "the first mentor's path is drawn on the map")
        driver.save_screenshot(screenshot.replace(".png", "-panel.png"))
        search.clear()
        search.send_keys("Kota Cebu")
        WebDriverWait(driver, 5).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "#panel h2").text == "Cebu City")
        check(True, "an Indonesian alias (Kota Cebu) finds Cebu City")
        search.clear()
        search.send_keys("Singapura")
        WebDriverWait(driver, 5).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "#panel h2").text == "Singapore")
        check(True, "a Malay alias (Singapura) finds Singapore")
        driver.find_element(By.CSS_SELECTOR, "#panel .close").click()
        search.clear()

        # The map: a click on a city opens its panel; + zooms in (a smaller viewBox).
        driver.execute_script("document.getElementById('network-map').scrollIntoView()")
        box = lambda: driver.execute_script(  # noqa: E731
            "return document.getElementById('network-map').viewBox.baseVal.width")
        before = box()
        driver.find_element(By.CSS_SELECTOR, "[data-zoom=in]").click()
        check(box() < before, f"+ zooms the map in (viewBox width {before} -> {box()})")
        driver.find_element(By.CSS_SELECTOR, "[data-zoom=reset]").click()
        driver.find_element(By.CSS_SELECTOR, "#network-map circle.city[data-id=da-nang]").click()
        WebDriverWait(driver, 5).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "#panel h2").text == "Da Nang")
        check(True, "a click on Da Nang on the map opens its panel")
        driver.find_element(By.CSS_SELECTOR, "#panel .close").click()

        # The member-state table's "cities" column: a click sorts it up, a second down.
        column = driver.execute_script("""
            for (const t of document.querySelectorAll('table.sortable')) {
              const heads = Array.from(t.tHead.rows[0].cells);
              const i = heads.findIndex(h => h.classList.contains('n'));
              if (i >= 0 && t.tBodies[0].rows.length > 3) { t.id = 'sort-under-test'; return i; }
            }
            return -1;""")
        header = driver.find_elements(By.CSS_SELECTOR, "#sort-under-test thead th")[column]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", header)
        values = lambda: driver.execute_script(  # noqa: E731
            "return Array.from(document.querySelectorAll('#sort-under-test tbody tr'))"
            ".map(r => parseFloat(r.cells[arguments[0]].textContent))", column)
        header.click()
        up = values()
        header.click()
        down = values()
        check(up == sorted(up) and down == sorted(down, reverse=True) and up != down,
              f"clicking a column header sorts that table ({up[:5]}..., then {down[:5]}...)")

        driver.execute_script("""
            const s = document.getElementById('year'); s.value = 2018;
            s.dispatchEvent(new Event('input'));""")
        counts = driver.find_element(By.ID, "year-counts").text
        shown = driver.execute_script(
            "return Array.from(document.querySelectorAll('#network-map circle.city'))"
            ".filter(c => getComputedStyle(c).display !== 'none').length")
        check(counts.startswith("2018: 26 cities") and shown == 26,
              f"the slider at 2018 shows 26 cities ({counts!r}, {shown} on the map)")

        # The network year by year: five panels, one point per year of the table in each line.
        years = driver.execute_script("""
            const h = document.getElementById('the-network-year-by-year');
            let t = h; while (t && !(t.matches && t.matches('div.table'))) t = t.nextElementSibling;
            return t ? Array.from(t.querySelectorAll('tbody tr')).map(r => r.cells[0].textContent)
                     : [];""")
        charts = driver.execute_script("""
            return Array.from(document.querySelectorAll('#year-charts svg.year-chart')).map(s => ({
              years: +s.dataset.years, title: s.querySelector('title').textContent,
              desc: s.querySelector('desc').textContent,
              points: Array.from(s.querySelectorAll('g.series')).map(
                g => g.querySelectorAll('circle.point').length)}));""")
        check(len(years) == 9 and years[0] == "2018" and years[-1] == "2026",
              f"the year-by-year table has the years 2018 to 2026 ({years})")
        check(len(charts) == 5 and all(c["years"] == len(years) for c in charts) and
              all(p == len(years) for c in charts for p in c["points"]) and
              all(c["points"] for c in charts),
              f"five chart panels, each line with a point per year "
              f"({[(c['title'], c['points']) for c in charts]})")
        check(all(c["desc"] and "2018" in c["desc"] for c in charts),
              "each panel says in words what it shows (<title> and <desc>)")

        def charts_fit(width):
            driver.execute_script("document.getElementById('year-charts').scrollIntoView()")
            return driver.execute_script("""
                return Array.from(document.querySelectorAll('#year-charts svg.year-chart'))
                  .map(s => { const r = s.getBoundingClientRect();
                              return [r.left, r.right, r.width / s.viewBox.baseVal.width]; });""")

        boxes = charts_fit(1280)
        check(all(b[0] >= 0 and b[1] <= size[0] and b[2] >= 0.99 for b in boxes),
              f"at 1280 the panels are inside the window at full size {boxes}")
        driver.save_screenshot(screenshot.replace(".png", "-years.png"))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 400, "height": 800, "deviceScaleFactor": 1,
                                "mobile": True})
        boxes = charts_fit(400)
        check(all(b[0] >= 0 and b[1] <= 400 and b[2] >= 0.9 for b in boxes),
              f"on a 400 px wide screen the panels fit, shrunk by 10 % at most {boxes}")
        driver.save_screenshot(screenshot.replace(".png", "-years-narrow.png"))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 1280, "height": 800, "deviceScaleFactor": 1,
                                "mobile": False})

        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        check(not errors, f"no console errors {errors}")
    finally:
        driver.quit()

    driver = chromium_driver(javascript=False)
    try:
        driver.get(url)
        tables = driver.find_elements(By.CSS_SELECTOR, "table")
        visible = [t for t in tables if t.is_displayed()]
        rows = driver.find_elements(By.CSS_SELECTOR, "table.mentors tbody tr")
        check(len(visible) >= 10 and len(rows) >= 26,
              f"without JavaScript the tables are there ({len(visible)} tables, "
              f"{len(rows)} mentor rows)")
        check(not driver.find_element(By.ID, "search").is_displayed(),
              "without JavaScript the search (which needs it) is hidden")
        check(driver.find_element(By.ID, "network-map").is_displayed(),
              "without JavaScript the map is still drawn")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#year-charts svg.year-chart")) == 5,
              "without JavaScript the year-by-year charts are still drawn")
    finally:
        driver.quit()
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
