package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the dataset files and article texts are read from: the classpath or a directory. */
public interface DatasetSource {

    /** Reads a file relative to the dataset root ("dataset.json", "articles/000.txt"). */
    String read(String relativePath);

    String describe();

    default String readArticle(String file) {
        if (file == null || file.contains("..") || file.startsWith("/")) {
            throw new DatasetException("article file name '" + file + "' must be a plain name under articles/");
        }
        return read("articles/" + file);
    }

    static DatasetSource classpath(String root) {
        return new DatasetSource() {
            @Override
            public String read(String relativePath) {
                String resource = root + "/" + relativePath;
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new DatasetException("dataset resource '" + resource + "' is missing");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return "classpath:" + root;
            }
        };
    }

    static DatasetSource directory(Path root) {
        return new DatasetSource() {
            @Override
            public String read(String relativePath) {
                try {
                    return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new DatasetException("dataset file '" + root.resolve(relativePath) + "' is missing");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }
}
