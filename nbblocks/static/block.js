var i={async render({model:t,el:r,host:e,signal:n}){return(await e.getWidget(t.get("runtime"))).exports.mount({model:t,el:r,host:e,signal:n})}};export{i as default};
