/** AI and machine-learning providers. */
import { ALPHABETS, randomLooking, chars, format, gated, hexMix, lit, mixed, prefixed } from "./dsl.js";
import type { FormatDefinition } from "./types.js";

const { alnum, base64url, digits, hex, letters } = ALPHABETS;

/** AI provider formats. */
export const AI_FORMATS: readonly FormatDefinition[] = [
  format("anthropic-api-key", "Anthropic API key", [lit("sk-ant-api", "sk-ant-admin", "sk-ant-oat", "sk-ant-ort"), chars(digits, 2), lit("-"), chars(base64url, 93), lit("AA")]),
  format("openai-api-key", "OpenAI API key", [lit("sk-"), chars(base64url, 20, 200), lit("T3BlbkFJ"), chars(base64url, 20, 200)], {
    keywords: ["t3blbkfj"],
    validate: randomLooking,
  }),
  prefixed("openrouter-api-key", "OpenRouter API key", "sk-or-v1-", hex, 64),
  prefixed("groq-api-key", "Groq API key", "gsk_", alnum, 52),
  prefixed("huggingface-token", "Hugging Face token", ["hf_", "api_org_"], letters, 34, 34, { validate: mixed(2) }),
  prefixed("perplexity-api-key", "Perplexity API key", "pplx-", alnum, 48),
  prefixed("replicate-api-token", "Replicate API token", "r8_", alnum, 37, 37, { validate: mixed(2) }),
  prefixed("xai-api-key", "xAI API key", "xai-", alnum, 80),
  format("langsmith-api-key", "LangSmith API key", [lit("lsv2_pt_", "lsv2_sk_"), chars(hex, 32), lit("_"), chars(hex, 10)]),
  format("pinecone-api-key", "Pinecone API key", [lit("pcsk_"), chars(alnum, 5, 6), lit("_"), chars(alnum, 50, 80)], { validate: randomLooking }),
  prefixed("nvidia-api-key", "NVIDIA API key", "nvapi-", base64url, 64, 64, { validate: randomLooking }),
  prefixed("anyscale-api-key", "Anyscale API key", "esecret_", alnum, 20, 40, { validate: mixed(2) }),
  prefixed("fireworks-api-key", "Fireworks AI API key", "fw_", alnum, 24, 24, { validate: randomLooking }),
  prefixed("voyage-api-key", "Voyage AI API key", "pa-", base64url, 43, 43, { validate: randomLooking, claimable: false }),
  prefixed("deepinfra-token", "DeepInfra token", "di_", alnum, 32, 40, { validate: randomLooking, claimable: false }),
  gated("cohere-api-key", "Cohere API key", ["cohere", "co_api_key"], [chars(alnum, 40)], { validate: randomLooking }),
  gated("mistral-api-key", "Mistral API key", ["mistral"], [chars(alnum, 32)], { validate: randomLooking }),
  gated("deepseek-api-key", "DeepSeek API key", ["deepseek"], [lit("sk-"), chars(hex, 32)], { validate: hexMix }),
  gated("elevenlabs-api-key", "ElevenLabs API key", ["elevenlabs", "xi-api-key", "xi_api_key"], [lit("sk_"), chars(hex, 48)], { validate: hexMix }),
  gated("assemblyai-api-key", "AssemblyAI API key", ["assemblyai", "assembly_ai"], [chars(hex, 32)], { validate: hexMix }),
  gated("deepgram-api-key", "Deepgram API key", ["deepgram"], [chars(hex, 40)], { validate: hexMix }),
  gated("wandb-api-key", "Weights & Biases API key", ["wandb"], [chars(hex, 40)], { validate: hexMix }),
  gated("stability-api-key", "Stability AI API key", ["stability"], [lit("sk-"), chars(alnum, 48)], { validate: randomLooking }),
  gated("together-api-key", "Together AI API key", ["together"], [chars(hex, 64)], { validate: hexMix }),
  gated("azure-openai-key", "Azure OpenAI key", ["azure_openai", "azureopenai", "azure-openai", "openai.azure.com"], [chars(hex, 32)], { validate: hexMix }),
  gated("clarifai-token", "Clarifai token", ["clarifai"], [chars(hex, 32)], { validate: hexMix }),
  gated("roboflow-api-key", "Roboflow API key", ["roboflow"], [chars(alnum, 20)], { validate: randomLooking }),
  gated("runpod-api-key", "RunPod API key", ["runpod"], [lit("rpa_"), chars(alnum, 40, 48)], { validate: mixed(2) }),
  gated("gemini-api-key", "Gemini API key", ["gemini"], [lit("AQ."), chars(base64url, 50, 60)], { validate: randomLooking }),
];
