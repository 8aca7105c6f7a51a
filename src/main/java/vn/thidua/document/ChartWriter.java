package vn.thidua.document;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a {@link Charted} aggregate's chart as a PNG (900 pixels wide, 560 or more high) or an SVG picture of the same size. */
@Provider
@Produces({DocumentTypes.PNG, DocumentTypes.SVG})
public class ChartWriter implements MessageBodyWriter<Charted> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Charted.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Charted charted, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        BarChart chart = charted.chart();
        boolean svg = mediaType.isCompatible(MediaType.valueOf(DocumentTypes.SVG));
        headers.putSingle("Content-Disposition", "inline; filename=\"" + chart.fileName() + (svg ? ".svg\"" : ".png\""));
        out.write(svg ? ChartRenderer.svg(chart).getBytes(StandardCharsets.UTF_8) : ChartRenderer.png(chart));
    }
}
