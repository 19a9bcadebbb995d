package org.rolebook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rolebook.framework.FieldProblem;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A query parameter or form part an API route does not take is refused, naming it, rather than
 * ignored ("?fromat=html" would otherwise give the default format); so is one given twice where the
 * route takes one value ("?school=1&school=2" would otherwise use only the first).
 */
class ApiParameters implements HandlerInterceptor {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** What each route takes, read from its method once: name -> whether it takes several values. */
    private static final Map<java.lang.reflect.Method, Map<String, Boolean>> TAKEN =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The parameters a route takes; null when it reads every parameter itself (a Map of them). */
    private static @org.jspecify.annotations.Nullable Map<String, Boolean> taken(HandlerMethod method) {
        Map<String, Boolean> taken = new java.util.HashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            if (param != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
                return null;
            }
            String name = param != null
                    ? name(param.name().isEmpty() ? param.value() : param.name(), parameter)
                    : part != null ? name(part.name().isEmpty() ? part.value() : part.name(), parameter) : null;
            if (name != null) {
                Class<?> type = parameter.getParameterType();
                taken.put(name, Collection.class.isAssignableFrom(type) || type.isArray());
            }
        }
        return Map.copyOf(taken);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Map<String, Boolean> taken = TAKEN.computeIfAbsent(method.getMethod(), ignored -> taken(method));
        if (taken == null) {
            return true; // a route that reads every parameter itself
        }
        Set<String> given = new TreeSet<>(request.getParameterMap().keySet());
        if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart) {
            given.addAll(multipart.getMultiFileMap().keySet());
        }
        given.remove("_csrf"); // the CSRF token a signed-in browser sends with a write
        for (String name : given) {
            Boolean several = taken.get(name);
            if (several == null) {
                throw new FieldProblem(
                        name,
                        taken.isEmpty()
                                ? "is not a parameter of this route; it takes none"
                                : "is not a parameter of this route; it takes "
                                        + String.join(", ", new TreeSet<>(taken.keySet())));
            }
            int count = count(request, name);
            if (!several && count > 1) {
                throw new FieldProblem(name, "is given %d times; this route takes one".formatted(count));
            }
        }
        return true;
    }

    private static int count(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        int count = values == null ? 0 : values.length;
        if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart) {
            count += multipart.getFiles(name).size();
        }
        return count;
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }
}
