package org.rolebook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A parameter a route does not take is refused, naming it, rather than ignored; so is one given
 * twice where the route takes one value. On the API that is every query parameter and form part
 * ("?fromat=html" would otherwise give the default format, "?school=1&school=2" only the first). On
 * the pages it is every field of a form that is posted ("postTitel" would otherwise be dropped, and
 * "postTitle=One&postTitle=Two" saved as "One,Two"); a page opened by a link keeps working with
 * parameters it does not read, and a route that takes the binding result itself (the suggestion
 * panel, which reads whatever the form holds while someone types) reads what it can.
 *
 * <p>The check is about the request's shape, the same for everyone, so it answers before any
 * question of who may do what, as a JSON body that cannot be read does.
 */
class RequestParameters implements HandlerInterceptor {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** What each route takes, read from its method once. */
    private static final Map<java.lang.reflect.Method, Taken> TAKEN = new ConcurrentHashMap<>();

    private final boolean pages;

    private RequestParameters(boolean pages) {
        this.pages = pages;
    }

    /** The check of the JSON API: every request. */
    static RequestParameters api() {
        return new RequestParameters(false);
    }

    /** The check of the pages: every form that is posted. */
    static RequestParameters pages() {
        return new RequestParameters(true);
    }

    /**
     * The names a route takes, each with whether it takes several values; everything when it reads
     * every parameter itself (a Map of them) or takes the binding result of its form.
     */
    record Taken(boolean everything, Map<String, Boolean> names) {

        static final Taken EVERYTHING = new Taken(true, Map.of());

        /** An item of a list, such as "accountabilities[3]". */
        private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("([^\\[]+)\\[[^\\]]*]");

        /** Whether the route takes the name, and how many values: null if it does not take it. */
        @Nullable
        Boolean several(String name) {
            Boolean direct = names.get(name);
            if (direct != null) {
                return direct;
            }
            var indexed = ITEM.matcher(name);
            if (indexed.matches() && Boolean.TRUE.equals(names.get(indexed.group(1)))) {
                return false; // one item of a list the form numbers
            }
            return null;
        }
    }

    static Taken taken(HandlerMethod method) {
        Map<String, Boolean> taken = new HashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            if ((param != null && Map.class.isAssignableFrom(type)) || BindingResult.class.isAssignableFrom(type)) {
                return Taken.EVERYTHING;
            }
            if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        taken.put(property.getName(), several(property.getPropertyType()));
                    }
                }
                continue;
            }
            String name = param != null
                    ? name(param.name().isEmpty() ? param.value() : param.name(), parameter)
                    : part != null
                            ? name(part.name().isEmpty() ? part.value() : part.name(), parameter)
                            : parameter.getParameterAnnotations().length == 0 && BeanUtils.isSimpleProperty(type)
                                    ? name("", parameter) // a plain value is a request parameter of its name
                                    : null;
            if (name != null) {
                taken.put(name, several(type));
            }
        }
        return new Taken(false, Map.copyOf(taken));
    }

    private static boolean several(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || type.isArray();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || (pages && request.getMethod().equals("GET"))) {
            return true;
        }
        Taken taken = TAKEN.computeIfAbsent(method.getMethod(), ignored -> taken(method));
        if (taken.everything()) {
            return true;
        }
        Set<String> given = new TreeSet<>(request.getParameterMap().keySet());
        if (request instanceof MultipartHttpServletRequest multipart) {
            given.addAll(multipart.getMultiFileMap().keySet());
        }
        given.remove("_csrf"); // the CSRF token a signed-in browser sends with a write
        for (String name : given) {
            Boolean several = taken.several(name);
            if (several == null) {
                throw new FieldProblem(name, unknown(taken));
            }
            int count = count(request, name);
            if (!several && count > 1) {
                throw new FieldProblem(
                        name,
                        pages
                                ? "is given %d times; this form takes one; nothing was saved".formatted(count)
                                : "is given %d times; this route takes one".formatted(count));
            }
        }
        return true;
    }

    private String unknown(Taken taken) {
        String fields = String.join(", ", new TreeSet<>(taken.names().keySet()));
        if (pages) {
            return taken.names().isEmpty()
                    ? "is not a field of this form; it has none; nothing was saved"
                    : "is not a field of this form; it has " + fields + "; nothing was saved";
        }
        return taken.names().isEmpty()
                ? "is not a parameter of this route; it takes none"
                : "is not a parameter of this route; it takes " + fields;
    }

    private static int count(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        int count = values == null ? 0 : values.length;
        if (request instanceof MultipartHttpServletRequest multipart) {
            count += multipart.getFiles(name).size();
        }
        return count;
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }
}
