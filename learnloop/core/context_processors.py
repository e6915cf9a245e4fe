"""What every page's layout needs: the CSP nonce for NHS.UK's inline script, and the navigation."""

from learnloop.core.navigation import navigation_for


def layout(request) -> dict:
    return {
        # str() makes django-csp generate the nonce and put it in the header.
        "cspNonce": str(request.csp_nonce) if hasattr(request, "csp_nonce") else "",
        "navigation": navigation_for(request) if hasattr(request, "organisation") else [],
    }
