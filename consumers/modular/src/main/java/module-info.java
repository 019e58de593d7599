/** A host application on the module path that requires kipp's modules by their names. */
module example.modular {
  requires io.github.kipp.rules.sinovik;
  requires io.github.kipp.jackson;
}
