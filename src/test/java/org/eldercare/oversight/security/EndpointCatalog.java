package org.eldercare.oversight.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the running application, read from its handler mappings (controllers, actuator, API description),
 * every HTTP method: a new controller method joins the matrix by itself.
 */
final class EndpointCatalog {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private EndpointCatalog() {
    }

    static List<MatrixEndpoint> of(ApplicationContext context) {
        Map<String, MatrixEndpoint> endpoints = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> add(endpoints, info, handler));
        }
        return List.copyOf(endpoints.values());
    }

    private static void add(Map<String, MatrixEndpoint> endpoints, RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
        for (String pattern : info.getPatternValues()) {
            for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                MatrixEndpoint e = new MatrixEndpoint(method.asHttpMethod(), pattern, handler, !multipart && hasBody(handler),
                        fileParts(handler, multipart), requiredParams(handler));
                endpoints.putIfAbsent(e.key(), e);
            }
        }
    }

    private static boolean hasBody(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** The file parts a multipart endpoint requires ({@code @RequestPart} or a required multipart {@code @RequestParam}). */
    private static List<String> fileParts(HandlerMethod handler, boolean multipart) {
        List<String> parts = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestPart part = p.getParameterAnnotation(RequestPart.class);
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (part != null) {
                parts.add(name(part.name(), p));
            } else if (multipart && param != null && param.required() && MultipartFile.class.equals(p.getParameterType())) {
                parts.add(name(param.name(), p));
            }
        }
        return parts;
    }

    /** Required query parameters without a default, each with a value its type accepts (the point is access, not input). */
    private static Map<String, String> requiredParams(HandlerMethod handler) {
        Map<String, String> params = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                    && !MultipartFile.class.equals(p.getParameterType()) && !Map.class.isAssignableFrom(p.getParameterType())) {
                params.put(name(param.name(), p), sample(p.getParameterType()));
            }
        }
        return params;
    }

    private static String name(String declared, MethodParameter p) {
        p.initParameterNameDiscovery(NAMES);
        return declared.isEmpty() ? p.getParameterName() : declared;
    }

    private static String sample(Class<?> type) {
        if (LocalDate.class.equals(type)) {
            return "2025-01-01";
        }
        return type == boolean.class || type == Boolean.class ? "false" : "1";
    }
}
