import type { TrainingOptions } from "./text-model-training";

/**
 * The training options `npm run train` uses, chosen by `--search` (5-fold cross-validation on the training part;
 * see the commit that set them). `npm run eval` trains its leave-one-batch-out models with the same ones.
 */
export const CHOSEN_TRAINING_OPTIONS: TrainingOptions = {
  l2: { handling: 3e-4, topic: 3e-3, sender: 3e-4 },
  epochs: 400,
  minDocumentFrequency: 2,
};
