package org.parley.dataset;

import org.parley.source.ArticleText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies the founding dataset at start-up. The file and its articles are fingerprinted;
 * an unchanged dataset is skipped, a changed one is applied in one transaction.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    /** Any fixed number; it only has to be the same for every replica. */
    private static final long ADVISORY_LOCK_KEY = 7_262_539_001L;

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @ConfigProperty(name = "parley.dataset.load-at-start", defaultValue = "true")
    boolean loadAtStart;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** A directory holding parley.json and articles/; the copy shipped on the classpath when unset. */
    @ConfigProperty(name = "parley.dataset.directory")
    Optional<Path> directory;

    void onStart(@Observes StartupEvent event) {
        if (loadAtStart) {
            load(directory.map(DatasetSource::directory).orElseGet(() -> DatasetSource.classpath("dataset")));
        }
    }

    /**
     * Applies the dataset unless the same content was applied last.
     *
     * @return true when it was applied, false when it was already current
     * @throws DatasetException naming the record that stops the load; nothing is changed then
     */
    @Transactional
    public boolean load(DatasetSource source) {
        String fileText = source.read(DatasetSource.DATASET_FILE);
        DatasetDocument document = parse(fileText, source);
        String fingerprint = fingerprint(fileText, document, source);
        lockAgainstOtherReplicas();
        DatasetLoad last = DatasetLoad.findById(DatasetLoad.FOUNDING);
        if (last != null && last.fingerprint.equals(fingerprint)) {
            LOG.debugf("Dataset from %s is current", source.describe());
            return false;
        }
        new DatasetImport(document, source).run();
        if (last == null) {
            last = new DatasetLoad();
            last.name = DatasetLoad.FOUNDING;
        }
        last.fingerprint = fingerprint;
        last.loadedAt = LocalDateTime.now();
        last.persist();
        LOG.infof("Dataset from %s applied: %d meetings, %d positions", source.describe(),
                document.meetings().size(), document.positions().size());
        return true;
    }

    /**
     * Replicas starting together on one PostgreSQL would apply the same dataset twice; a
     * transaction-scoped advisory lock makes the later ones wait and then find it current.
     */
    private void lockAgainstOtherReplicas() {
        if ("postgresql".equals(dbKind)) {
            DatasetLoad.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")) as l")
                    .getSingleResult();
        }
    }

    private DatasetDocument parse(String fileText, DatasetSource source) {
        try {
            return json.readValue(fileText, DatasetDocument.class);
        } catch (JsonProcessingException e) {
            throw new DatasetException(source.describe() + "/" + DatasetSource.DATASET_FILE + " is not valid: "
                    + e.getOriginalMessage() + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        }
    }

    /** SHA-256 over the file and every article it names, so editing either triggers a reload. */
    private static String fingerprint(String fileText, DatasetDocument document, DatasetSource source) {
        StringBuilder all = new StringBuilder(fileText);
        TreeSet<String> files = new TreeSet<>();
        document.articles().forEach(a -> files.add(String.valueOf(a.file())));
        for (String file : files) {
            all.append('\u0000').append(file).append('\u0000').append(source.readArticle(file));
        }
        return ArticleText.sha256(all.toString());
    }
}
