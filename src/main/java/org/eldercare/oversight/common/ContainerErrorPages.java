package org.eldercare.oversight.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before any application code runs (a request line or headers over the size limit, a malformed
 * URL) would get Tomcat's English report page. This replaces Spring Boot's report valve with one that answers the
 * styled Chinese page, or an RFC 9457 problem when the path is known to be under {@code /api/} (#9 item 12/14).
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            for (Valve v : context.getParent().getPipeline().getValves()) {
                if (v instanceof ErrorReportValve) {
                    context.getParent().getPipeline().removeValve(v);
                }
            }
            context.getParent().getPipeline().addValve(new ChineseReport());
            // the host adds a report valve of this class at start unless one is there already
            ((StandardHost) context.getParent()).setErrorReportValveClass(ChineseReport.class.getName());
        });
    }

    /** After Spring Boot's own Tomcat customizer, which adds its report valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class ChineseReport extends ErrorReportValve {

        ChineseReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            String detail = status == 400 ? "请求过长或格式有误（例如查询条件过长），请缩短后重试。" : "请求未能处理（HTTP " + status + "）。";
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer w = response.getReporter();
                if (w != null) {
                    w.write(api ? problem(status, detail) : page(status, detail));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone or the response cannot take a body: nothing more to tell it
            }
        }

        private static String problem(int status, String detail) {
            return "{\"type\":\"about:blank\",\"title\":\"请求有误\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        }

        private static String page(int status, String detail) {
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>操作未完成 - 养老服务综合监管平台</title>"
                    + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\"></head>"
                    + "<body class=\"bg-light\"><main class=\"container py-5\" style=\"max-width: 640px\">"
                    + "<h1 class=\"display-6\">" + status + " · 操作未完成</h1><p class=\"lead\" id=\"problem-message\">"
                    + HtmlUtils.htmlEscape(detail) + "</p><p class=\"text-muted\">数据未被改动。</p>"
                    + "<a class=\"btn btn-primary\" href=\"/\">返回工作台</a></main></body></html>";
        }
    }
}
