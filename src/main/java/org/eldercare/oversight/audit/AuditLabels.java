package org.eldercare.oversight.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.identity.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * How the audit log reads to people (issue #9 item 15): roles by their Chinese names ({@link Role}), actions by the
 * name of what was done — a table of the audited endpoints in {@code messages.properties}, {@code audit.action.<METHOD>_<path
 * pattern>} (and {@code LOGIN_FORM}, {@code REVEAL_id_number}, …), falling back to the raw method and path — outcomes by
 * {@link AuditOutcome} labels and reasons by message keys: login reasons ({@code audit.reason.*}), the refusal's own
 * message for a refused request, the status for the others. The raw values stay stored and are shown beside the labels.
 */
@Component
class AuditLabels {

    static final String ACTION = "audit.action.";
    private static final Pattern HTTP = Pattern.compile("HTTP (\\d{3})(?: REFUSED(?: (\\S+))?)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("“?\\{\\d+}”?");
    private final Messages messages;
    private final Map<String, String> actions;

    AuditLabels(Messages messages) {
        this.messages = messages;
        this.actions = knownActions();
    }

    /** Every action the table names, raw action → Chinese name, from the message bundle. */
    private static Map<String, String> knownActions() {
        try {
            Properties p = PropertiesLoaderUtils.loadProperties(
                    new EncodedResource(new ClassPathResource("messages.properties"), StandardCharsets.UTF_8));
            Map<String, String> known = new TreeMap<>();
            p.stringPropertyNames().stream().filter(k -> k.startsWith(ACTION))
                    .forEach(k -> known.put(raw(k.substring(ACTION.length())), p.getProperty(k)));
            return Map.copyOf(known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /registry/filings/{id}/accept} → key {@code audit.action.POST_/registry/filings/{id}/accept}. */
    static String key(String action) {
        return ACTION + action.replace(' ', '_');
    }

    private static String raw(String keySuffix) {
        return keySuffix.replaceFirst("_", " ");
    }

    /** The Chinese name of an action, or the action itself when the table does not know it. */
    String action(String action) {
        return action == null ? "" : actions.getOrDefault(action, action);
    }

    /** The raw actions whose Chinese name contains {@code text} (for searching by name). */
    List<String> actionsNamed(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return actions.entrySet().stream().filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(t)).map(Map.Entry::getKey)
                .toList();
    }

    /** The distinct Chinese action names, for the search field's suggestions. */
    List<String> actionNames() {
        return actions.values().stream().distinct().sorted().toList();
    }

    /** {@code SUPERVISOR,TOWNSHIP} → 民政监管员、乡镇工作人员 (an unknown name stays as it is). */
    String roles(String roles) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).map(Role::nameOf)
                .map(AuditLabels::role).collect(Collectors.joining("、"));
    }

    private static String role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().map(Role::label).orElse(name);
    }

    String outcome(String outcome) {
        return Arrays.stream(AuditOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst().map(AuditOutcome::label)
                .orElse(outcome);
    }

    /**
     * The reason in words: {@code HTTP 403} → 无权访问（HTTP 403）; {@code HTTP 302 REFUSED token.name.invalid} → the
     * refusal's message; a login reason ({@code BAD_CREDENTIALS}) → 密码错误; anything else (a stated reason) as it is.
     */
    String detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Matcher m = HTTP.matcher(detail);
        if (m.matches()) {
            String status = m.group(1);
            if (detail.contains("REFUSED")) {
                String reason = m.group(2) == null ? messages.get("audit.detail.refused") : message(m.group(2));
                return messages.get("audit.detail.refusedWith", reason, status);
            }
            String words = Integer.parseInt(status) < 400 ? messages.get("audit.http.done")
                    : label("audit.http." + status, label("error.title." + status, messages.get("audit.http.failed")));
            return messages.get("audit.detail.http", words, status);
        }
        return label("audit.reason." + detail, detail);
    }

    private String message(String code) {
        return PLACEHOLDER.matcher(label(code, code)).replaceAll("…");
    }

    private String label(String key, String fallback) {
        String text = messages.get(key);
        return text.equals(key) ? fallback : text;
    }
}
