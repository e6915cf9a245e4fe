"""Sets `request.organisation`: the organisation the signed-in person is acting for.

Also `request.membership` (their membership there, roles prefetched) and
`request.memberships` (all of theirs, for the organisation switcher).
"""

SESSION_KEY = "organisation_id"


class CurrentOrganisationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.memberships = []
        request.membership = None
        request.organisation = None
        if request.user.is_authenticated:
            request.memberships = list(
                request.user.memberships.active().with_roles().order_by("organisation__name")
            )
            request.membership = self.current(request.memberships, request.session.get(SESSION_KEY))
            if request.membership:
                request.organisation = request.membership.organisation
                # Seed the permission cache with what we already loaded.
                request.user.__dict__.setdefault("_learnloop_roles", {}).update(
                    {m.organisation_id: m.role_set for m in request.memberships}
                )
        return self.get_response(request)

    @staticmethod
    def current(memberships, wanted_id):
        for membership in memberships:
            if membership.organisation_id == wanted_id:
                return membership
        return memberships[0] if memberships else None
