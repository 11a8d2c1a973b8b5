import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { ItemGeometry } from './item-geometry';

/**
 * Draws every item dot and arc with WebGL as two MapLibre custom layers. Which items show is
 * a per-item flag (the filter index's visible flags, one byte per item) in a texture that the
 * vertex shaders read: a filter change uploads that one array, however many items it touches,
 * and nothing is cut into tiles again. An item that is not shown is moved out of view in the
 * vertex shader, so it costs no pixels.
 */

/** Items per row of the flag texture. */
const MASK_WIDTH = 2048;

/** Dot radius and opacity at `zoom` for dots laid out at `dotZoom` (see map-data.ts). */
export function dotStyle(zoom: number, dotZoom: number): { radius: number; opacity: number } {
  const radius = interpolate(zoom, [
    [dotZoom - 2, 2],
    [dotZoom, 4.5],
    [dotZoom + 4, 7],
  ]);
  const opacity = interpolate(zoom, [
    [dotZoom - 1.6, 0],
    [dotZoom - 0.8, 1],
  ]);
  return { radius, opacity };
}

/**
 * The items to draw, from the first shown to the last shown, as [from, to): the rest need not
 * be drawn at all. Empty ([0, 0]) when none is shown.
 */
function sameFlags(a: Readonly<Uint8Array>, b: Readonly<Uint8Array>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function shownRange(flags: Readonly<Uint8Array>): [number, number] {
  // The engine's own searches: fast from the first call, where a loop over 100,000 bytes
  // would first run in the interpreter.
  const first = flags.indexOf(1);
  return first < 0 ? [0, 0] : [first, flags.lastIndexOf(1) + 1];
}

function interpolate(x: number, stops: [number, number][]): number {
  if (x <= stops[0][0]) return stops[0][1];
  for (let k = 1; k < stops.length; k++) {
    const [x1, y1] = stops[k];
    const [x0, y0] = stops[k - 1];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return stops[stops.length - 1][1];
}

/** Widths of a dot's white ring and of an arc, in CSS pixels; marked (hovered) and not. */
export const STROKE = { dot: 1, dotMarked: 3, arc: 1.6, arcMarked: 4 } as const;
const ARC_OPACITY = 0.75;

const MASK_GLSL = `
uniform sampler2D u_mask;
bool shown(int i) {
  return texelFetch(u_mask, ivec2(i % ${MASK_WIDTH}, i / ${MASK_WIDTH}), 0).r > 0.0;
}`;

const DOT_VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_radius;
uniform float u_ratio;
uniform int u_marked;
${MASK_GLSL}
in vec2 a_pos;
in vec2 a_offset;
in vec4 a_color;
out vec4 v_color;
out float v_radius;
out float v_stroke;
out float v_size;
out float v_marked;
void main() {
  int i = gl_VertexID;
  if (a_color.a == 0.0 || !shown(i)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  bool marked = i == u_marked;
  v_color = a_color;
  v_radius = u_radius * u_ratio;
  v_stroke = (marked ? ${STROKE.dotMarked.toFixed(1)} : ${STROKE.dot.toFixed(1)}) * u_ratio;
  v_marked = marked ? 1.0 : 0.0;
  // Half a pixel beyond the ring, where its smoothed edge ends: no fragment is wasted.
  v_size = 2.0 * (v_radius + v_stroke) + 1.0;
  gl_PointSize = v_size;
  // The place, moved by the dot's offset in pixels (y down on screen, up in clip space).
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += vec2(a_offset.x, -a_offset.y) * u_ratio / (u_viewport * 0.5) * p.w;
  gl_Position = p;
}`;

const DOT_FRAGMENT = `#version 300 es
precision highp float;
uniform float u_opacity;
in vec4 v_color;
in float v_radius;
in float v_stroke;
in float v_size;
in float v_marked;
out vec4 fragColor;
void main() {
  float d = length(gl_PointCoord - 0.5) * v_size;
  float inside = 1.0 - smoothstep(v_radius + v_stroke - 0.5, v_radius + v_stroke + 0.5, d);
  float ring = smoothstep(v_radius - 0.5, v_radius + 0.5, d);
  vec3 stroke = mix(vec3(1.0), vec3(0.067), v_marked);
  float a = inside * u_opacity;
  fragColor = vec4(mix(v_color.rgb, stroke, ring) * a, a);
}`;

/** Arc pieces per row of the piece textures. */
const PIECE_WIDTH = 2048;

/**
 * Arcs are drawn without instancing or vertex attributes: each piece is two triangles, six
 * vertices, that fetch the piece's ends, item and colour from textures by gl_VertexID. Software
 * renderers (SwiftShader) draw each instance of an instanced draw almost as a draw of its own,
 * which cost seconds per frame at 100,000 pieces.
 */
const ARC_VERTEX = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_ratio;
uniform int u_marked;
uniform highp sampler2D u_ends;
uniform highp sampler2D u_item;
uniform highp sampler2D u_color;
${MASK_GLSL}
out vec4 v_color;
out float v_across;
out float v_half;
// Corner of the piece's band for each of the six vertices: along (0 or 1) and across (-1 or 1).
const vec2 CORNERS[6] = vec2[6](
  vec2(0.0, -1.0), vec2(0.0, 1.0), vec2(1.0, -1.0),
  vec2(1.0, -1.0), vec2(0.0, 1.0), vec2(1.0, 1.0));
void main() {
  int piece = gl_VertexID / 6;
  ivec2 at = ivec2(piece % ${PIECE_WIDTH}, piece / ${PIECE_WIDTH});
  int i = int(texelFetch(u_item, at, 0).r + 0.5);
  if (!shown(i)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec2 corner = CORNERS[gl_VertexID % 6];
  vec4 ends = texelFetch(u_ends, at, 0);
  vec4 p0 = u_matrix * vec4(ends.xy, 0.0, 1.0);
  vec4 p1 = u_matrix * vec4(ends.zw, 0.0, 1.0);
  vec2 s0 = p0.xy / p0.w * u_viewport * 0.5;
  vec2 s1 = p1.xy / p1.w * u_viewport * 0.5;
  vec2 along = s1 - s0;
  along = length(along) > 0.0 ? normalize(along) : vec2(1.0, 0.0);
  vec2 normal = vec2(-along.y, along.x);
  float width = (i == u_marked ? ${STROKE.arcMarked.toFixed(1)} : ${STROKE.arc.toFixed(1)}) * u_ratio;
  v_half = width * 0.5;
  // Half a pixel beyond each side, where the smoothed edge ends.
  v_across = corner.y * (v_half + 0.5);
  vec4 p = mix(p0, p1, corner.x);
  p.xy += normal * v_across / (u_viewport * 0.5) * p.w;
  gl_Position = p;
  v_color = texelFetch(u_color, at, 0);
}`;

const ARC_FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_color;
in float v_across;
in float v_half;
out vec4 fragColor;
void main() {
  float a = clamp(v_half + 0.5 - abs(v_across), 0.0, 1.0) * ${ARC_OPACITY.toFixed(2)};
  fragColor = vec4(v_color.rgb * a, a);
}`;

interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

/** GL objects, made when the first of the two layers is added to a map. */
interface Resources {
  dots: Program;
  arcs: Program;
  dotVao: WebGLVertexArrayObject;
  /** Binds nothing: the arc shader fetches all it needs from the piece textures. */
  arcVao: WebGLVertexArrayObject;
  buffers: WebGLBuffer[];
  mask: WebGLTexture;
  /** Per arc piece: its ends (RGBA32F), its item's index (R32F) and its colour (RGBA8). */
  pieces: { ends: WebGLTexture; item: WebGLTexture; color: WebGLTexture };
}

/**
 * The two layers and what they share: the geometry, the shown flags and the marked item.
 * `dots` and `arcs` are added to the map where they belong in the layer order.
 */
export class ItemDrawing {
  readonly dots: CustomLayerInterface;
  readonly arcs: CustomLayerInterface;
  private res: Resources | null = null;
  private added = 0;
  /** The shown flags, padded to whole texture rows. */
  private readonly mask: Uint8Array;
  /** The shown flags by item index (1 shown): all shown until {@link setShown} says otherwise. */
  readonly shown: Readonly<Uint8Array>;
  private maskDirty = true;
  private marked = -1;
  /**
   * The items from the first shown to the last shown: only these are drawn (the rest would be
   * moved out of view one by one, which costs software renderers dearly). Items are in time
   * order, so a time window keeps this short.
   */
  private range: [number, number] = [0, 0];
  private readonly matrix = new Float32Array(16);
  private map: MapLibreMap | null = null;

  constructor(
    readonly geometry: ItemGeometry,
    private readonly dotZoom: number,
    ids: { dots: string; arcs: string },
  ) {
    const rows = Math.max(1, Math.ceil(geometry.count / MASK_WIDTH));
    this.mask = new Uint8Array(rows * MASK_WIDTH);
    this.mask.fill(1, 0, geometry.count);
    this.shown = this.mask.subarray(0, geometry.count);
    this.range = [0, geometry.count];
    this.dots = this.layer(ids.dots, (gl, args) => this.drawDots(gl, args));
    this.arcs = this.layer(ids.arcs, (gl, args) => this.drawArcs(gl, args));
  }

  /** Shows exactly the items whose flag is 1 (by item index, as many as items), from the next frame. */
  setShown(flags: Readonly<Uint8Array>): void {
    if (flags.length !== this.geometry.count) {
      // Flags of another set of reports: a bug, but the map keeps what it shows.
      console.error(`item layers: ${flags.length} shown flags for ${this.geometry.count} items`);
      return;
    }
    if (sameFlags(this.shown, flags)) return;
    this.mask.set(flags);
    this.range = shownRange(flags);
    this.maskDirty = true;
    this.map?.triggerRepaint();
  }

  /**
   * Forgets the GL objects of a lost WebGL context (they are gone with it, nothing to delete):
   * the layers make new ones in their first frame once added again.
   */
  forgetContext(): void {
    this.res = null;
    this.added = 0;
    this.map = null;
    this.maskDirty = true;
  }

  /** Marks one item's dot and arcs, by index, or none (-1). */
  setMarked(index: number): void {
    if (index === this.marked) return;
    this.marked = index;
    this.map?.triggerRepaint();
  }

  private layer(
    id: string,
    draw: (gl: WebGL2RenderingContext, args: CustomRenderMethodInput) => void,
  ): CustomLayerInterface {
    return {
      id,
      type: 'custom',
      renderingMode: '2d',
      // GL objects are made in the first frame, not here: MapLibre keeps track of what is
      // bound, and forgets it after a custom layer draws, not after it is added.
      onAdd: (map) => {
        this.map = map;
        this.added++;
      },
      onRemove: (_map, gl) => {
        this.added--;
        if (this.added === 0) this.tearDown(gl);
      },
      render: (gl, args) => {
        if (!this.res) this.setUp(gl);
        draw(gl, args);
      },
    };
  }

  private setUp(gl: WebGL2RenderingContext): void {
    const g = this.geometry;
    const buffers: WebGLBuffer[] = [];
    const buffer = (data: ArrayBufferView) => {
      const b = must(gl.createBuffer(), 'buffer');
      gl.bindBuffer(gl.ARRAY_BUFFER, b);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      buffers.push(b);
      return b;
    };
    const dots = makeProgram(gl, DOT_VERTEX, DOT_FRAGMENT);
    const arcs = makeProgram(gl, ARC_VERTEX, ARC_FRAGMENT);

    const dotVao = must(gl.createVertexArray(), 'vertex array');
    gl.bindVertexArray(dotVao);
    attribute(gl, dots, 'a_pos', buffer(g.dotXY), 2, gl.FLOAT, false, 0);
    attribute(gl, dots, 'a_offset', buffer(g.dotOffset), 2, gl.FLOAT, false, 0);
    attribute(gl, dots, 'a_color', buffer(g.dotColor), 4, gl.UNSIGNED_BYTE, true, 0);

    gl.bindVertexArray(null);
    const arcVao = must(gl.createVertexArray(), 'vertex array');

    const mask = dataTexture(gl, gl.R8, MASK_WIDTH, this.mask.length / MASK_WIDTH);
    const rows = Math.max(1, Math.ceil(g.segments / PIECE_WIDTH));
    const pieceTexture = (
      internal: number,
      format: number,
      type: number,
      data: Float32Array | Uint8Array,
      perTexel: number,
    ) => {
      const t = dataTexture(gl, internal, PIECE_WIDTH, rows);
      uploadRows(gl, PIECE_WIDTH, g.segments, format, type, data, perTexel);
      return t;
    };
    const pieces = {
      ends: pieceTexture(gl.RGBA32F, gl.RGBA, gl.FLOAT, g.segXY, 4),
      item: pieceTexture(gl.R32F, gl.RED, gl.FLOAT, g.segItem, 1),
      color: pieceTexture(gl.RGBA8, gl.RGBA, gl.UNSIGNED_BYTE, g.segColor, 4),
    };
    this.res = { dots, arcs, dotVao, arcVao, buffers, mask, pieces };
    this.maskDirty = true;
  }

  private tearDown(gl: WebGL2RenderingContext): void {
    const r = this.res;
    if (!r) return;
    for (const b of r.buffers) gl.deleteBuffer(b);
    gl.deleteVertexArray(r.dotVao);
    gl.deleteVertexArray(r.arcVao);
    gl.deleteProgram(r.dots.program);
    gl.deleteProgram(r.arcs.program);
    gl.deleteTexture(r.mask);
    for (const t of Object.values(r.pieces)) gl.deleteTexture(t);
    this.res = null;
    this.map = null;
  }

  /** Binds the flag texture to unit 0, first uploading the flags if they changed. */
  private bindMask(gl: WebGL2RenderingContext, r: Resources): void {
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, r.mask);
    if (!this.maskDirty) return;
    this.maskDirty = false;
    // Only the rows of the drawn range: no other item is drawn, so no other flag is read. A
    // month's window of 100,000 items sends a sixth of the flags.
    const [from, to] = this.range;
    if (to <= from) return;
    const first = Math.floor(from / MASK_WIDTH);
    const rows = Math.ceil(to / MASK_WIDTH) - first;
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texSubImage2D(
      gl.TEXTURE_2D,
      0,
      0,
      first,
      MASK_WIDTH,
      rows,
      gl.RED,
      gl.UNSIGNED_BYTE,
      this.mask,
      first * MASK_WIDTH,
    );
  }

  /** Uniforms both programs share. */
  private common(gl: WebGL2RenderingContext, p: Program, args: CustomRenderMethodInput): void {
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook.
    gl.useProgram(p.program);
    // Web Mercator units (0..1 over the world) to clip space; may be 64-bit, WebGL takes 32.
    this.matrix.set(args.defaultProjectionData.mainMatrix);
    gl.uniformMatrix4fv(p.uniforms.get('u_matrix') ?? null, false, this.matrix);
    gl.uniform1i(p.uniforms.get('u_mask') ?? null, 0);
    gl.uniform1i(p.uniforms.get('u_marked') ?? null, this.marked);
    gl.uniform1f(p.uniforms.get('u_ratio') ?? null, this.map?.getPixelRatio() ?? 1);
    gl.uniform2f(
      p.uniforms.get('u_viewport') ?? null,
      gl.drawingBufferWidth,
      gl.drawingBufferHeight,
    );
    gl.disable(gl.DEPTH_TEST);
  }

  private drawDots(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const r = this.res;
    if (!r || !this.map || this.geometry.count === 0) return;
    const { radius, opacity } = dotStyle(this.map.getZoom(), this.dotZoom);
    if (opacity <= 0) return;
    this.bindMask(gl, r);
    this.common(gl, r.dots, args);
    gl.uniform1f(r.dots.uniforms.get('u_radius') ?? null, radius);
    gl.uniform1f(r.dots.uniforms.get('u_opacity') ?? null, opacity);
    const [from, to] = this.range;
    if (to <= from) return;
    gl.bindVertexArray(r.dotVao);
    // gl_VertexID counts from `from`: it is still the item index.
    gl.drawArrays(gl.POINTS, from, to - from);
    gl.bindVertexArray(null);
  }

  private drawArcs(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const r = this.res;
    const g = this.geometry;
    const first = g.segAt[this.range[0]];
    const end = g.segAt[this.range[1]];
    if (!r || end <= first) return;
    this.bindMask(gl, r);
    this.common(gl, r.arcs, args);
    // The flags are on unit 0; the piece textures go on units 1 to 3.
    const tables = { u_ends: r.pieces.ends, u_item: r.pieces.item, u_color: r.pieces.color };
    for (const [k, [name, texture]] of Object.entries(tables).entries()) {
      gl.activeTexture(gl.TEXTURE1 + k);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.uniform1i(r.arcs.uniforms.get(name) ?? null, 1 + k);
    }
    gl.activeTexture(gl.TEXTURE0);
    gl.bindVertexArray(r.arcVao);
    // Six vertices per piece; gl_VertexID counts from the first piece's, so it names the piece.
    gl.drawArrays(gl.TRIANGLES, first * 6, (end - first) * 6);
    gl.bindVertexArray(null);
  }
}

function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`WebGL could not make a ${what} for the item layers`);
  return value;
}

function makeProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string): Program {
  const shader = (type: number, source: string) => {
    const s = must(gl.createShader(type), 'shader');
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS))
      throw new Error(`item layer shader: ${gl.getShaderInfoLog(s)}`);
    return s;
  };
  const program = must(gl.createProgram(), 'program');
  gl.attachShader(program, shader(gl.VERTEX_SHADER, vertex));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, fragment));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`item layer program: ${gl.getProgramInfoLog(program)}`);
  const uniforms = new Map<string, WebGLUniformLocation | null>();
  const count = gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS) as number;
  for (let k = 0; k < count; k++) {
    const info = gl.getActiveUniform(program, k);
    if (info) uniforms.set(info.name, gl.getUniformLocation(program, info.name));
  }
  return { program, uniforms };
}

/** A texture of `width` by `rows` texels read with texelFetch (no filtering), left bound. */
function dataTexture(
  gl: WebGL2RenderingContext,
  internal: number,
  width: number,
  rows: number,
): WebGLTexture {
  const t = must(gl.createTexture(), 'texture');
  gl.bindTexture(gl.TEXTURE_2D, t);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.texStorage2D(gl.TEXTURE_2D, 1, internal, width, rows);
  return t;
}

/**
 * Uploads `count` texels of `data` (`perTexel` numbers each) into the bound texture, `width`
 * to a row: the whole rows, then what is left into the start of the next.
 */
function uploadRows(
  gl: WebGL2RenderingContext,
  width: number,
  count: number,
  format: number,
  type: number,
  data: Float32Array | Uint8Array,
  perTexel: number,
): void {
  const full = Math.floor(count / width);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  if (full > 0) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, full, format, type, data, 0);
  const rest = count - full * width;
  if (rest > 0)
    gl.texSubImage2D(
      gl.TEXTURE_2D,
      0,
      0,
      full,
      rest,
      1,
      format,
      type,
      data,
      full * width * perTexel,
    );
}

function attribute(
  gl: WebGL2RenderingContext,
  p: Program,
  name: string,
  buffer: WebGLBuffer,
  size: number,
  type: number,
  normalized: boolean,
  divisor: number,
): number {
  const at = gl.getAttribLocation(p.program, name);
  if (at < 0) throw new Error(`item layer: no attribute ${name}`);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.enableVertexAttribArray(at);
  gl.vertexAttribPointer(at, size, type, normalized, 0, 0);
  gl.vertexAttribDivisor(at, divisor);
  return at;
}
