package org.eldercare.oversight.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of {@code bench/run measure}: each built hot path of {@link HotPaths} in turn, against the packaged
 * application on the bench database. Reads run as one caller sending requests back to back (as the baselines do), the
 * public search as an open workload of 200 new requests per second, the import once (upload, then poll until done).
 * Request names are the paths' keys, so {@link GatlingStats} finds them in the report.
 */
public class HotPathsSimulation extends Simulation {

    private final BenchPlan plan = load();
    private final HttpProtocolBuilder protocol = http.baseUrl("http://localhost:" + System.getProperty("bench.port", "18915"))
            .acceptHeader("application/json").shareConnections();

    {
        PopulationBuilder chain = reads(HotPaths.LIST_COUNTY, "/api/v1/institutions?region=" + plan.get("county"));
        chain = chain.andThen(reads(HotPaths.LIST_NATIONAL, "/api/v1/institutions"));
        chain = chain.andThen(reads(HotPaths.OVERVIEW, "/api/v1/overview?region=" + plan.get("root")));
        chain = chain.andThen(banCheck());
        chain = chain.andThen(export());
        chain = chain.andThen(importOnce());
        // last: an open workload that outruns the server leaves a queue behind it
        chain = chain.andThen(publicSearch());
        setUp(chain).protocols(protocol);
    }

    private static BenchPlan load() {
        try {
            return BenchPlan.load(Path.of(System.getProperty("bench.dir", "target/bench")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bench supervisor's login session (form login with the page's CSRF token), as a browser would hold it. */
    private ChainBuilder login() {
        return exec(http("login page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("login").post("/login").formParam("username", plan.get("username"))
                        .formParam("password", plan.get("password")).formParam("_csrf", "#{csrf}"));
    }

    private PopulationBuilder reads(String key, String url) {
        return scenario(key).exec(login())
                .during(Duration.ofSeconds(plan.seconds() / 2)).on(exec(http(key + " warm-up").get(url)))
                .during(Duration.ofSeconds(plan.seconds())).on(exec(http(key).get(url).check(status().is(200))))
                .injectOpen(atOnceUsers(1));
    }

    private PopulationBuilder publicSearch() {
        String url = "/api/v1/public/commitments?region=" + plan.get("root") + "&q="
                + URLEncoder.encode(plan.get("searchTerm"), StandardCharsets.UTF_8);
        return scenario(HotPaths.PUBLIC_COMMITMENTS).exec(http(HotPaths.PUBLIC_COMMITMENTS).get(url).check(status().is(200)))
                .injectOpen(constantUsersPerSec(200).during(Duration.ofSeconds(plan.publicSeconds())));
    }

    /** As an institution checks a candidate before hiring: its approved API token, the number in the body. */
    private PopulationBuilder banCheck() {
        return scenario(HotPaths.BAN_CHECK)
                .during(Duration.ofSeconds(plan.seconds() / 2)).on(banRequest(HotPaths.BAN_CHECK + " warm-up"))
                .during(Duration.ofSeconds(plan.seconds())).on(banRequest(HotPaths.BAN_CHECK))
                .injectOpen(atOnceUsers(1));
    }

    private ChainBuilder banRequest(String name) {
        List<String> ids = plan.banCheckIds();
        AtomicInteger next = new AtomicInteger();
        return exec(session -> session.set("idNumber", ids.get(Math.floorMod(next.getAndIncrement(), ids.size()))))
                .exec(http(name).post("/api/v1/bans/check")
                        .header("Authorization", "Bearer " + plan.get("token")).header("Content-Type", "application/json")
                        .body(StringBody("{\"idNumber\":\"#{idNumber}\"}")).check(status().is(200)));
    }

    private PopulationBuilder export() {
        return scenario(HotPaths.EXPORT).exec(login())
                .repeat(plan.exports()).on(exec(http(HotPaths.EXPORT).get("/registry/institutions/export?region=" + plan.get("root"))
                        .header("Accept", "*/*").check(status().is(200))))
                .injectOpen(atOnceUsers(1));
    }

    /** One upload of the generated registration file, then its status until the background job is done. */
    private PopulationBuilder importOnce() {
        Path elapsed = plan.dir().resolve("import-elapsed.txt");
        return scenario(HotPaths.IMPORT)
                .exec(session -> session.set("started", System.nanoTime()).set("importStatus", "QUEUED"))
                .exec(http(HotPaths.IMPORT).post("/api/v1/registrations/imports")
                        .basicAuth(plan.get("username"), plan.get("password"))
                        .bodyPart(RawFileBodyPart("file", plan.get("importFile")).fileName("registrations.csv").contentType("text/csv"))
                        .check(status().is(202), jsonPath("$.importId").saveAs("importId")))
                .asLongAs(session -> !List.of("DONE", "FAILED").contains(session.getString("importStatus"))).on(
                        exec(http("import status").get("/api/v1/registrations/imports/#{importId}/status")
                                .basicAuth(plan.get("username"), plan.get("password"))
                                .check(jsonPath("$.status").saveAs("importStatus"))).pause(Duration.ofMillis(250)))
                .exec(session -> {
                    long nanos = System.nanoTime() - session.getLong("started");
                    try {
                        Files.writeString(elapsed, (nanos / 1_000_000) + " " + session.getString("importStatus"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return session;
                })
                .injectOpen(atOnceUsers(1));
    }
}
