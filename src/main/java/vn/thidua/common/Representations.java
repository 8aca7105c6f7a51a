package vn.thidua.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The media types each address answers, read once from the resources' JAX-RS annotations, so that a 406
 * problem can tell the client what it may ask for there (JSON, CSV, an Excel workbook, a Word document, a
 * picture) instead of a generic sentence.
 */
@ApplicationScoped
public class Representations {

    private record Route(String method, Pattern path, List<String> produces) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Representations(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("vn.thidua")) {
                continue;
            }
            Produces common = type.getAnnotation(Produces.class);
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class) : common;
                routes.add(new Route(verb, template(root.value() + (sub == null ? "" : "/" + sub.value())),
                        produces == null ? List.of() : Arrays.asList(produces.value())));
            }
        }
    }

    /** The types answered by this method at this path (in the resources' order), empty when unknown. */
    public List<String> of(String method, String path) {
        Set<String> types = new LinkedHashSet<>();
        routes.stream().filter(r -> r.method().equals(method) && r.path().matcher(path).matches())
                .forEach(r -> types.addAll(r.produces()));
        return List.copyOf(types);
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "/api/v1/clusters/{code}/summaries//{period}" as a pattern of its segments. */
    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
        StringBuilder regex = new StringBuilder();
        for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
