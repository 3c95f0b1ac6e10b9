package org.eldercare.oversight.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eldercare.oversight.security.AccessOracle.Access;
import org.eldercare.oversight.security.FixtureRules.Kind;
import org.eldercare.oversight.security.MatrixFixtures.Side;
import org.eldercare.oversight.security.RequestInputs.Input;

/** The calls of the matrix: every identity × every endpoint × own/other region, each with the oracle's verdict. */
final class MatrixCases {

    /** One call with its input; {@code reason} says why it must be refused (null when it may succeed). */
    record MatrixCase(MatrixIdentity identity, MatrixEndpoint endpoint, Side side, String path, Input input, String reason) {

        boolean allowed() {
            return reason == null;
        }
    }

    private MatrixCases() {
    }

    /** The path variables' kinds of {@code e}; a variable without a rule goes to {@code problems}. */
    static Optional<Map<String, Kind>> kinds(MatrixEndpoint e, List<String> problems) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        boolean complete = true;
        for (String variable : e.variables()) {
            Optional<Kind> kind = FixtureRules.kindOf(e, variable);
            if (kind.isEmpty()) {
                problems.add(FixtureRules.missing(e, variable));
                complete = false;
            } else {
                kinds.put(variable, kind.get());
            }
        }
        return complete ? Optional.of(kinds) : Optional.empty();
    }

    static List<MatrixCase> build(List<MatrixEndpoint> endpoints, List<MatrixIdentity> identities, MatrixFixtures fixtures,
                                  ScopeOracle scope, List<String> problems) {
        List<MatrixCase> cases = new ArrayList<>();
        for (MatrixEndpoint e : endpoints) {
            Access access = AccessOracle.of(e, problems);
            Optional<Map<String, Kind>> kinds = kinds(e, problems);
            if (kinds.isEmpty()) {
                continue;
            }
            boolean scoped = kinds.get().values().stream().anyMatch(Kind::scoped);
            for (Side side : scoped ? List.of(Side.OWN, Side.OTHER) : List.of(Side.NONE)) {
                Map<String, MatrixResource> resources = new LinkedHashMap<>();
                kinds.get().forEach((variable, kind) -> resources.put(variable, fixtures.resource(kind, side)));
                String path = e.path(resources.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, r -> r.getValue().value())));
                Input input = RequestInputs.of(e, side, fixtures);
                for (MatrixIdentity identity : identities) {
                    cases.add(new MatrixCase(identity, e, side, path, input, refusal(identity, e, access, resources.values(), scope)));
                }
            }
        }
        return cases;
    }

    /** Why the identity must be refused, or null when it may call. */
    private static String refusal(MatrixIdentity identity, MatrixEndpoint e, Access access, Iterable<MatrixResource> resources,
                                  ScopeOracle scope) {
        if (access.everybody()) {
            return null;
        }
        if (identity.anonymous()) {
            return "not logged in";
        }
        if (identity.apiToken() && !e.pattern().startsWith("/api/")) {
            return "a partner system's API token is for the REST API (/api/**) only";
        }
        if (identity.apiToken() && ServiceRules.accountsOnly(e)) {
            return "a person's act through his own account, never a partner system's API token";
        }
        if (!AccessOracle.mayCall(identity, access)) {
            return "role " + identity.roles() + " not among " + (access.roles().isEmpty() ? "[nobody]" : access.roles());
        }
        for (MatrixResource r : resources) {
            if (!scope.covers(identity, r)) {
                return "resource of " + (r.institutionId() != null && identity.institutionOnly()
                        ? "another institution (" + r.institutionId() + ")" : "region " + r.regionCode()) + " outside its scope";
            }
        }
        return null;
    }
}
