/** The shipped model's version (src/core/classify/model.json), written into the pane's scripts by webpack.config.js. */
declare const KANALVAGT_SHIPPED_MODEL_VERSION: string;
