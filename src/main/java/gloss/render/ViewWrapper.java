package gloss.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How templates see the view records: a record is a hash of its components, read through accessors
 * looked up once per record class. Freemarker's bean wrapping introspects the class and invokes the
 * accessor by reflection on every access, which was a quarter of all rendering time at 10,000
 * articles. Only components are visible, so a theme from a pull request cannot call any other
 * method. Everything that is not a record is wrapped as Freemarker's default wrapper does.
 */
final class ViewWrapper extends DefaultObjectWrapper {
  private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

  private final ClassValue<Map<String, MethodHandle>> components =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          Map<String, MethodHandle> byName = new LinkedHashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            byName.put(component.getName(), reader(component.getAccessor()));
          }
          return Collections.unmodifiableMap(byName);
        }
      };

  ViewWrapper() {
    super(Configuration.VERSION_2_3_34);
    writeProtect();
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Record record) {
      return new RecordModel(record, components.get(record.getClass()));
    }
    return super.handleUnknownType(obj);
  }

  private static MethodHandle reader(Method accessor) {
    try {
      // views are often records nested in package-private classes of other packages
      accessor.setAccessible(true);
      return MethodHandles.lookup().unreflect(accessor).asType(READ);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read record component " + accessor, e);
    }
  }

  /** One record as a template hash. */
  private final class RecordModel
      implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {
    private final Record record;
    private final Map<String, MethodHandle> readers;

    RecordModel(Record record, Map<String, MethodHandle> readers) {
      this.record = record;
      this.readers = readers;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle reader = readers.get(key);
      return reader == null ? null : wrap(read(reader));
    }

    private Object read(MethodHandle reader) throws TemplateModelException {
      try {
        return reader.invokeExact((Object) record);
      } catch (Error | RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new TemplateModelException(e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false; // as a bean is: a record is a value even when all its components are empty
    }

    @Override
    public int size() {
      return readers.size();
    }

    @Override
    public TemplateCollectionModel keys() {
      return new SimpleCollection(readers.keySet(), ViewWrapper.this);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
      List<Object> values = new ArrayList<>(readers.size());
      for (MethodHandle reader : readers.values()) {
        values.add(read(reader));
      }
      return new SimpleCollection(values, ViewWrapper.this);
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return record;
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }
  }
}
