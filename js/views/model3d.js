// gr.Model3D: draws a .glb, .gltf, .obj, .stl or .ply file with three.js (bundled into this
// view, so a page gets it only when it shows a Model3D), orbit/zoom/pan with the mouse or
// a finger, and takes a new model as an upload.

import {
  AmbientLight, Box3, Color, DirectionalLight, Group, HemisphereLight, LoadingManager, Mesh, MeshStandardMaterial,
  PerspectiveCamera, Points, PointsMaterial, Scene, Vector3, WebGLRenderer,
} from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { OBJLoader } from "three/examples/jsm/loaders/OBJLoader.js";
import { PLYLoader } from "three/examples/jsm/loaders/PLYLoader.js";
import { STLLoader } from "three/examples/jsm/loaders/STLLoader.js";
import { h, cssSize } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { dropZone, iconButton, uploadStatus } from "../lib/dropzone.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";
import model3d from "../styles/model3d.css";

const TYPES = [".glb", ".gltf", ".obj", ".stl", ".ply"];
const deg = (d) => (d * Math.PI) / 180;

export default {
  styles: [uploads, files, model3d],
  render(ctx) {
    const toolbar = h("div", { class: "nbb-image-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const frame = h("div", { class: "nbb-model3d-frame", dataset: { nbblocksPart: "frame" } });
    const status = uploadStatus(ctx);
    const message = h("div", { class: "nbb-model3d-message", role: "status", dataset: { nbblocksPart: "message" }, hidden: true });
    const wrap = h("div", { class: "nbb-model3d" }, toolbar, frame, message, status.bar, status.error);
    ctx.el.append(wrap);
    const props = () => ctx.props();
    const editable = () => ctx.interactive();
    const say = (text) => {
      message.hidden = !text;
      message.textContent = text ?? "";
    };

    // -- the scene (made on first use) -------------------------------------------------------

    let three = null; // {renderer, scene, camera, controls, holder, observer}
    let shown = null; // {path, object}
    let loading = 0;
    let home = null; // the camera's starting place, for "reset view"

    function scene() {
      if (three) return three;
      let renderer;
      try {
        renderer = new WebGLRenderer({ antialias: true, alpha: true, preserveDrawingBuffer: true });
      } catch {
        return null;
      }
      renderer.setPixelRatio(window.devicePixelRatio || 1);
      renderer.domElement.classList.add("nbb-model3d-canvas");
      renderer.domElement.dataset.nbblocksPart = "canvas";
      const camera = new PerspectiveCamera(45, 1, 0.01, 1000);
      const world = new Scene();
      world.add(new HemisphereLight(0xffffff, 0x444444, 1.2));
      world.add(new AmbientLight(0xffffff, 0.3));
      const light = new DirectionalLight(0xffffff, 1.5);
      light.position.set(1, 1, 1);
      camera.add(light);
      world.add(camera);
      const holder = new Group();
      world.add(holder);
      const controls = new OrbitControls(camera, renderer.domElement);
      controls.enableDamping = false;
      controls.addEventListener("change", render);
      const observer = new ResizeObserver(() => resize());
      observer.observe(frame);
      three = { renderer, scene: world, camera, controls, holder, observer };
      return three;
    }

    function render() {
      if (!three) return;
      three.renderer.render(three.scene, three.camera);
      frame.dataset.rendered = String(Number(frame.dataset.rendered || 0) + 1);
      // Where the camera looks from and at, for tests and styling hooks.
      const target = three.controls.target;
      frame.dataset.distance = three.camera.position.distanceTo(target).toFixed(4);
      frame.dataset.target = [target.x, target.y, target.z].map((v) => v.toFixed(4)).join(",");
    }

    function resize() {
      if (!three) return;
      const width = Math.max(1, frame.clientWidth);
      const height = Math.max(1, frame.clientHeight);
      three.renderer.setSize(width, height, false);
      three.camera.aspect = width / height;
      three.camera.updateProjectionMatrix();
      render();
    }

    function applyProps() {
      if (!three) return;
      const p = props();
      const [r, g, b, a] = Array.isArray(p.clear_color) ? p.clear_color : [0, 0, 0, 0];
      three.renderer.setClearColor(new Color(r, g, b), a ?? 1);
      three.controls.zoomSpeed = Number(p.zoom_speed) || 1;
      three.controls.panSpeed = Number(p.pan_speed) || 1;
      if (shown) setMode(shown.object, p.display_mode ?? "solid");
      render();
    }

    // -- models ------------------------------------------------------------------------------

    async function parse(blob, name) {
      const ext = (name.match(/\.[^.]+$/)?.[0] ?? "").toLowerCase();
      if (ext === ".glb" || ext === ".gltf") {
        // Files a .gltf names beside itself are never fetched (from the notebook's server,
        // or anywhere): only what is inside the file is drawn.
        const outside = [];
        const manager = new LoadingManager();
        manager.setURLModifier((url) => {
          if (/^(data|blob):/i.test(url)) return url;
          outside.push(url.split("/").pop());
          return "data:application/octet-stream;base64,";
        });
        const buffer = await blob.arrayBuffer();
        const gltf = await new Promise((resolve, reject) => new GLTFLoader(manager).parse(buffer, "", resolve, (error) => {
          reject(new Error(outside.length
            ? `${name} refers to files beside it (${outside.join(", ")}); embed them in the .gltf or use a .glb file`
            : String(error?.message ?? error)));
        }));
        if (outside.length) throw new Error(`${name} refers to files beside it (${outside.join(", ")}); embed them in the .gltf or use a .glb file`);
        return gltf.scene;
      }
      if (ext === ".obj") return new OBJLoader().parse(await blob.text());
      if (ext === ".stl") return meshOf(new STLLoader().parse(await blob.arrayBuffer()));
      if (ext === ".ply") {
        const geometry = new PLYLoader().parse(await blob.arrayBuffer());
        return geometry.index || geometry.getAttribute("normal") ? meshOf(geometry) : pointsOf(geometry);
      }
      throw new Error(`cannot show ${name}: a 3D model is a ${TYPES.join(", ")} file`);
    }

    function meshOf(geometry) {
      if (!geometry.getAttribute("normal")) geometry.computeVertexNormals();
      const colored = Boolean(geometry.getAttribute("color"));
      return new Mesh(geometry, new MeshStandardMaterial({ color: colored ? 0xffffff : 0xb0b0b0, vertexColors: colored, metalness: 0.1, roughness: 0.7 }));
    }

    function pointsOf(geometry) {
      const colored = Boolean(geometry.getAttribute("color"));
      return new Points(geometry, new PointsMaterial({ size: 0.01, sizeAttenuation: true, vertexColors: colored, color: colored ? 0xffffff : 0x888888 }));
    }

    // Solid, wireframe or point cloud: meshes keep their geometry, drawn another way.
    function setMode(object, mode) {
      object.traverse((node) => {
        if (node.isMesh) {
          node.userData.points ??= null;
          for (const material of [node.material].flat()) material.wireframe = mode === "wireframe";
          node.visible = mode !== "point_cloud";
          if (mode === "point_cloud" && !node.userData.points) {
            const points = pointsOf(node.geometry);
            points.material.size = radius(object) / 200;
            node.userData.points = points;
            node.parent.add(points);
            points.position.copy(node.position);
            points.quaternion.copy(node.quaternion);
            points.scale.copy(node.scale);
          }
          if (node.userData.points) node.userData.points.visible = mode === "point_cloud";
        }
      });
    }

    function radius(object) {
      const box = new Box3().setFromObject(object);
      return Math.max(1e-6, box.getSize(new Vector3()).length() / 2);
    }

    function frameCamera(object) {
      const box = new Box3().setFromObject(object);
      const center = box.getCenter(new Vector3());
      const size = radius(object);
      const [alpha, beta, distance] = Array.isArray(props().camera_position) ? props().camera_position : [null, null, null];
      const a = deg(alpha ?? -90);
      const b = deg(beta ?? 90);
      const r = distance ?? size / Math.sin(deg(three.camera.fov / 2)) * 1.1;
      three.camera.position.set(center.x + r * Math.cos(a) * Math.sin(b), center.y + r * Math.cos(b), center.z - r * Math.sin(a) * Math.sin(b));
      three.camera.near = Math.max(r / 1000, 1e-4);
      three.camera.far = r * 100 + size * 10;
      three.camera.updateProjectionMatrix();
      three.controls.target.copy(center);
      three.controls.update();
      home = { position: three.camera.position.clone(), target: center.clone() };
    }

    function dispose(object) {
      object?.traverse((node) => {
        node.geometry?.dispose?.();
        for (const material of [node.material].flat()) material?.dispose?.();
      });
    }

    async function load(value) {
      const token = (loading += 1);
      const name = value.orig_name || String(value.path).split("/").pop() || "model";
      say("Loading the model...");
      frame.dataset.loaded = "false";
      let object;
      try {
        const src = await ctx.fileSource(value, { onProgress: (f) => say(`Loading the model ${Math.round(f * 100)}%`) });
        const blob = src.kind === "url" ? await (await fetch(src.url)).blob() : src.blob;
        object = await parse(blob, name);
      } catch (error) {
        if (token === loading) {
          frame.dataset.loaded = "error";
          say(`${name}: ${String(error?.message ?? error)}`);
        }
        return;
      }
      if (token !== loading) {
        dispose(object);
        return;
      }
      const t = scene();
      if (!t) {
        say("This browser cannot draw 3D models (WebGL is not available).");
        return;
      }
      unload();
      t.holder.add(object);
      shown = { path: value.path, object };
      setMode(object, props().display_mode ?? "solid");
      let count = 0;
      object.traverse((node) => {
        if (node.isMesh || node.isPoints) count += node.geometry?.getAttribute("position")?.count ?? 0;
      });
      frame.replaceChildren(t.renderer.domElement);
      resize();
      frameCamera(object);
      applyProps();
      say(null);
      frame.dataset.loaded = "true";
      frame.dataset.vertices = String(count);
    }

    function unload() {
      if (!shown) return;
      three?.holder.remove(shown.object);
      dispose(shown.object);
      shown = null;
    }

    // -- uploads and drawing ----------------------------------------------------------------

    const zone = dropZone(ctx, { onFiles: (picked) => take(picked[0]), iconName: "cube",
      fallback: "Drop a 3D model Here\n- or -\nClick to Upload" });

    async function take(file) {
      if (!file) return;
      const name = (file.name || "").toLowerCase();
      if (!TYPES.some((t) => name.endsWith(t))) {
        status.error.textContent = `${file.name || "the file"} is not a 3D model (${TYPES.join(", ")})`;
        status.error.hidden = false;
        return;
      }
      const fd = await status.run((progress) => ctx.upload(file, { onProgress: progress }));
      if (!fd) return;
      ctx.setValue(fd, { events: ["upload", "change"] });
      draw();
    }

    function clear() {
      unload();
      ctx.setValue(null, { events: ["clear", "change"] });
      draw();
    }

    function drawToolbar(value) {
      const items = [];
      if (value) {
        items.push(iconButton(ctx, { iconName: "undo", label: "Reset view", part: "reset-view", onClick: () => {
          if (!three || !home) return;
          three.camera.position.copy(home.position);
          three.controls.target.copy(home.target);
          three.controls.update();
          render();
        } }));
        items.push(iconButton(ctx, { iconName: "download", label: "Download", part: "download", onClick: () => ctx.download(ctx.value()) }));
        if (editable()) items.push(iconButton(ctx, { iconName: "close", label: "Clear", part: "clear", onClick: clear }));
      }
      toolbar.replaceChildren(...items);
      toolbar.hidden = items.length === 0;
    }

    function draw() {
      const value = ctx.value();
      frame.style.height = cssSize(props().height ?? null);
      wrap.classList.toggle("nbb-has-height", props().height != null);
      drawToolbar(value);
      if (value) {
        frame.dataset.state = "model";
        if (shown?.path !== value.path) load(value);
        else applyProps();
        return;
      }
      unload();
      loading += 1;
      say(null);
      if (editable()) {
        zone.update({ accept: TYPES.join(","), placeholder: null, enabled: true });
        frame.replaceChildren(zone.el);
        frame.dataset.state = "upload";
      } else {
        frame.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, icon("cube", "nbb-icon nbb-drop-icon")));
        frame.dataset.state = "empty";
      }
    }

    ctx.on("value", draw);
    ctx.on("props", () => {
      applyProps();
      draw();
    });
    draw();
    return () => {
      unload();
      if (three) {
        three.observer.disconnect();
        three.controls.dispose();
        three.renderer.dispose();
        three.renderer.forceContextLoss?.();
        three = null;
      }
    };
  },
};
