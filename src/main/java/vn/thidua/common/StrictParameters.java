package vn.thidua.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Strict in what the service accepts: a query parameter the operation does not know, or a single-valued
 * one given twice, is a 400 problem naming it (with the nearest known name), so that a misspelt filter
 * ({@code clusterCode} for {@code cluster}) never returns unfiltered data as if filtered. Parameters
 * carrying U+0000, which no text column can store, are refused here too, before they reach the database.
 */
public class StrictParameters {

    /** Per resource method: each query parameter it declares, and whether it may repeat (a list). */
    private static final Map<Method, Map<String, Boolean>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownOrRepeated(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Boolean> declared = DECLARED.computeIfAbsent(method, StrictParameters::declaredBy);
        List<Problem.FieldError> errors = new ArrayList<>();
        new TreeMap<>(request.getUriInfo().getQueryParameters()).forEach((name, values) -> {
            Boolean repeatable = declared.get(name);
            if (repeatable == null) {
                errors.add(new Problem.FieldError(name, "unknown query parameter" + nearest(name, declared.keySet())
                        .map(known -> "; did you mean '" + known + "'?").orElse("")
                        + (declared.isEmpty() ? "; this operation takes none" : "; known: " + String.join(", ",
                        declared.keySet().stream().sorted().toList()))));
            } else if (!repeatable && values.size() > 1) {
                errors.add(new Problem.FieldError(name, "given " + values.size() + " times; give it once"));
            } else if (values.stream().anyMatch(StrictParameters::hasNul)) {
                errors.add(new Problem.FieldError(name, "contains the character U+0000"));
            }
        });
        request.getUriInfo().getPathParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(StrictParameters::hasNul)) {
                errors.add(new Problem.FieldError(name, "contains the character U+0000"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiException(ApiException.Kind.BAD_REQUEST, errors.stream()
                    .map(e -> "Parameter '" + e.field() + "': " + e.message()).collect(Collectors.joining(". ")) + ".",
                    errors);
        }
    }

    private static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> declared = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getType(), declared);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        collect(field, field.getType(), declared);
                    }
                }
            }
        }
        return Map.copyOf(declared);
    }

    private static void collect(AnnotatedElement element, Class<?> type, Map<String, Boolean> declared) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            declared.put(query.value(), Collection.class.isAssignableFrom(type));
        }
    }

    /** The known name a client most likely meant: one containing the other, else at most two edits away. */
    static Optional<String> nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase();
        return known.stream()
                .filter(k -> lower.contains(k.toLowerCase()) || k.toLowerCase().contains(lower) || distance(lower, k.toLowerCase()) <= 2)
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase())).thenComparing(k -> k));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }
}
