package org.parley.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.dataset.DatasetDocument.ArticleRecord;
import org.parley.dataset.DatasetDocument.MeetingRecord;
import org.parley.dataset.DatasetDocument.OfficeRecord;
import org.parley.dataset.DatasetDocument.OrganizationRecord;
import org.parley.dataset.DatasetDocument.Origin;
import org.parley.dataset.DatasetDocument.PersonRecord;
import org.parley.dataset.DatasetDocument.PositionRecord;
import org.parley.dataset.DatasetDocument.TopicRecord;

/**
 * Reads the dataset's files into one {@link DatasetDocument}: the manifest {@value #MANIFEST}
 * names the shared files (organizations, people, topics) and one file per article (the article
 * and the offices, meetings and positions it evidences). Every problem is collected with its
 * file, so a curator sees them all at once.
 */
public final class DatasetFiles {

    public static final String MANIFEST = "dataset.json";

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** For the validator, whose JSON Schema pass reports unknown properties itself: the records are still read. */
    static final ObjectMapper LENIENT = JSON.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** {@code dataset.json}: which files make up the dataset, relative to the dataset root. */
    @RegisterForReflection
    public record Manifest(@JsonProperty("$schema") String schema, List<String> shared, List<String> articles) {
    }

    /** A shared file: any of organizations, people and topics. */
    @RegisterForReflection
    public record SharedFile(@JsonProperty("$schema") String schema, List<OrganizationRecord> organizations,
            List<PersonRecord> people, List<TopicRecord> topics) {
    }

    /** An article's file: the article and the facts it evidences. */
    @RegisterForReflection
    public record ArticleFile(@JsonProperty("$schema") String schema, ArticleRecord article, List<OfficeRecord> offices,
            List<MeetingRecord> meetings, List<PositionRecord> positions) {
    }

    /**
     * What was read: the merged document (of the files that could be read), the text of every
     * file read in manifest order (for the fingerprint) and every problem found.
     */
    public record Read(Manifest manifest, DatasetDocument document, Map<String, String> texts, List<String> errors) {
    }

    private DatasetFiles() {
    }

    /** Reads strictly: an unknown property is an error. */
    public static Read read(DatasetSource source) {
        return read(source, JSON);
    }

    /** Reads with this mapper ({@link #JSON} or {@link #LENIENT}). */
    static Read read(DatasetSource source, ObjectMapper json) {
        List<String> errors = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Manifest manifest = parse(json, source, MANIFEST, Manifest.class, texts, errors);
        Sections all = new Sections();
        if (manifest != null) {
            if (manifest.articles() == null || manifest.articles().isEmpty()) {
                errors.add(MANIFEST + " $.articles: at least one article file is required");
            }
            for (String file : listed(manifest.shared(), "shared", errors)) {
                SharedFile shared = parse(json, source, file, SharedFile.class, texts, errors);
                if (shared != null) {
                    all.add("organizations", shared.organizations(), file, null);
                    all.add("people", shared.people(), file, null);
                    all.add("topics", shared.topics(), file, null);
                }
            }
            for (String file : listed(manifest.articles(), "articles", errors)) {
                ArticleFile article = parse(json, source, file, ArticleFile.class, texts, errors);
                if (article == null) {
                    continue;
                }
                if (article.article() == null) {
                    errors.add(file + " $.article: required");
                    continue;
                }
                String key = article.article().key();
                all.articles.add(article.article());
                all.origins.get("articles").add(new Origin(file, "$.article", key));
                all.add("offices", article.offices(), file, key);
                all.add("meetings", article.meetings(), file, key);
                all.add("positions", article.positions(), file, key);
            }
        }
        return new Read(manifest, all.document(), texts, errors);
    }

    /** The file names of one manifest list; a name that could leave the dataset root is an error. */
    private static List<String> listed(List<String> files, String list, List<String> errors) {
        List<String> ok = new ArrayList<>();
        if (files == null) {
            return ok;
        }
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            if (file == null || file.isBlank() || file.startsWith("/") || file.contains("..") || file.contains("\\")) {
                errors.add(MANIFEST + " $." + list + "[" + i + "]: '" + file
                        + "' must be a relative path inside the dataset directory");
            } else if (ok.contains(file)) {
                errors.add(MANIFEST + " $." + list + "[" + i + "]: '" + file + "' is listed twice");
            } else {
                ok.add(file);
            }
        }
        return ok;
    }

    private static <T> T parse(ObjectMapper json, DatasetSource source, String file, Class<T> type, Map<String, String> texts,
            List<String> errors) {
        String text;
        try {
            text = source.read(file);
        } catch (DatasetException e) {
            errors.add(file + ": " + e.getMessage());
            return null;
        }
        texts.put(file, text);
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(file + ": is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return null;
        }
        try {
            return json.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            errors.add(file + " " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            errors.add(file + ": " + e.getOriginalMessage());
        }
        return null;
    }

    /** The JSON path Jackson was at when binding failed, e.g. {@code $.positions[3].kind}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The records of every file, section by section, with where each came from. */
    private static final class Sections {
        final List<ArticleRecord> articles = new ArrayList<>();
        final Map<String, List<Object>> lists = new LinkedHashMap<>();
        final Map<String, List<Origin>> origins = new LinkedHashMap<>();

        Sections() {
            for (String s : List.of("articles", "organizations", "people", "topics", "offices", "meetings", "positions")) {
                lists.put(s, new ArrayList<>());
                origins.put(s, new ArrayList<>());
            }
        }

        void add(String section, List<?> records, String file, String articleKey) {
            if (records == null) {
                return;
            }
            for (int i = 0; i < records.size(); i++) {
                lists.get(section).add(records.get(i));
                origins.get(section).add(new Origin(file, "$." + section + "[" + i + "]", articleKey));
            }
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(String section) {
            return (List<T>) (List<?>) lists.get(section);
        }

        DatasetDocument document() {
            return new DatasetDocument(List.copyOf(articles), list("organizations"), list("people"), list("topics"),
                    list("offices"), list("meetings"), list("positions"), origins);
        }
    }
}
