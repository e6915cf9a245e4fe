"""The OpenAPI document at /api/openapi.json and the documentation at /api/docs."""

import json
import re
import shutil
import urllib.request

import pytest
from openapi_spec_validator import validate

ENDPOINTS = ["/api/organisation", "/api/organisations", "/api/departments", "/api/learning"]


@pytest.fixture
def document(client, db):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_document_is_valid_openapi(document):
    validate(document)

    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "learnloop API"


def test_the_document_declares_both_ways_of_sending_a_key(document):
    schemes = document["components"]["securitySchemes"]

    assert schemes["ApiKeyBearer"]["type"] == "http"
    assert schemes["ApiKeyBearer"]["scheme"] == "bearer"
    assert schemes["ApiKeyHeader"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": schemes["ApiKeyHeader"]["description"],
    }
    assert "Authorization: Bearer" in document["info"]["description"]


@pytest.mark.parametrize("path", ENDPOINTS)
def test_the_document_lists_each_endpoint_with_its_security(document, path):
    operation = document["paths"][path]["get"]

    assert {"ApiKeyBearer": []} in operation["security"]
    assert {"ApiKeyHeader": []} in operation["security"]
    assert "401" in operation["responses"]
    assert operation["summary"]


def test_only_the_directory_and_public_learning_may_be_read_without_a_key(document):
    optional = {path for path in ENDPOINTS if {} in document["paths"][path]["get"]["security"]}

    assert optional == {"/api/organisations", "/api/learning"}


def test_every_field_of_every_schema_is_described(document):
    undescribed = [
        f"{name}.{field}"
        for name, schema in document["components"]["schemas"].items()
        if name.endswith("Out")
        for field, definition in schema.get("properties", {}).items()
        if field != "items" and not definition.get("description")
    ]

    assert undescribed == []


@pytest.mark.django_db
def test_the_docs_page_loads_its_scripts_from_our_own_static_files(client):
    response = client.get("/api/docs")

    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'<script[^>]+src="([^"]+)"', html)
    stylesheets = re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert sources, "the docs page should load Swagger UI"
    # No CDN can be reached here and the Content-Security-Policy allows only 'self'.
    assert all(source.startswith("/static/") for source in sources + stylesheets)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    for source in sources + stylesheets:
        asset = client.get(source)
        assert asset.status_code == 200, source
        asset.close()


@pytest.mark.django_db
def test_the_docs_page_has_no_inline_script_the_policy_would_block(client):
    html = client.get("/api/docs").content.decode()

    inline = [
        tag
        for tag in re.findall(r"<script[^>]*>", html)
        if "src=" not in tag and 'type="application/json"' not in tag
    ]
    assert inline == []


@pytest.mark.browser
def test_swagger_ui_runs_under_the_content_security_policy(live_server):
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on(
                "console", lambda message: message.type == "error" and problems.append(message.text)
            )
            page.goto(f"{live_server.url}/api/docs")
            page.locator(".opblock-summary-path").first.wait_for(timeout=10_000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
        finally:
            browser.close()

    with urllib.request.urlopen(f"{live_server.url}/api/openapi.json") as response:  # noqa: S310 (the test server)
        documented = set(json.load(response)["paths"])
    assert set(paths) == documented and set(ENDPOINTS) <= documented
    assert problems == []
